import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useContext, useMemo, useState } from 'react'
import { localToday } from '../../../shared/civil-date'
import type {
  ImportField,
  ImportKind,
  ImportPreview,
  ImportResult,
  MappingOverride,
  RowFix
} from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { chooseOpenFile } from '../api/files'
import { AsOfContext } from '../app/as-of'

/** A kind that needs nothing besides the file (most do) gets this one object, so the calls stay stable. */
const NO_OPTIONS: Readonly<Record<string, string>> = Object.freeze({})

export type WizardStage = 'choose' | 'map' | 'preview' | 'done'

/** sheet → column index → field (null: 不导入). */
export type MappingDraft = Record<string, Record<number, ImportField | null>>

export const rowKey = (sheet: string, row: number): string => `${sheet}\u0001${row}`

/**
 * The import wizard's state and calls: choose a file (a handle, never a path), read it (exchange.preview),
 * correct the mapping and read again, choose the rows, commit (exchange.commit). The data the pages show
 * is refreshed as soon as the commit ends, behind the result step (the first-run page keeps the wizard
 * until the clerk closes it: see App).
 */
export function useImportWizard(kind: ImportKind, options: Readonly<Record<string, string>> = NO_OPTIONS) {
  // The first-run screen has no 统计截止日期 yet: then today's date.
  const asOf = useContext(AsOfContext)?.asOf ?? localToday()
  const queryClient = useQueryClient()
  const [stage, setStage] = useState<WizardStage>('choose')
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<MappingDraft>({})
  /** The clerk changed the mapping since the file was last read. */
  const [dirty, setDirty] = useState(false)
  const [excluded, setExcluded] = useState<Set<string>>(new Set())
  /** The one-click corrections the clerk chose in the preview (标为已办结 …), sent with every later call. */
  const [fixes, setFixes] = useState<RowFix[]>([])
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<null | 'reading' | 'importing'>(null)

  const overrides = useCallback(
    (draft: MappingDraft): MappingOverride[] =>
      Object.entries(draft).map(([sheet, columns]) => ({
        sheet,
        columns: Object.entries(columns).map(([index, field]) => ({ index: Number(index), field }))
      })),
    []
  )

  const read = useCallback(
    async (
      chosen: ChosenFile,
      draft: MappingDraft,
      clerkChanged: boolean,
      chosenFixes: RowFix[] = []
    ): Promise<ImportPreview | null> => {
      setBusy('reading')
      setError(null)
      try {
        const next = await call('exchange.preview', {
          file: chosen.ref,
          kind,
          mappings: clerkChanged ? overrides(draft) : [],
          asOf,
          fixes: chosenFixes,
          options: { ...options }
        })
        setPreview(next)
        setMapping(mappingOf(next))
        setDirty(false)
        setFixes(chosenFixes)
        if (chosenFixes.length === 0) setExcluded(new Set())
        return next
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e))
        return null
      } finally {
        setBusy(null)
      }
    },
    [asOf, kind, options, overrides]
  )

  const chooseFile = useCallback(async () => {
    setError(null)
    let chosen: ChosenFile | null
    try {
      chosen = await chooseOpenFile('ledger-xlsx')
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      return
    }
    if (!chosen) return
    setFile(chosen)
    const next = await read(chosen, {}, false)
    if (next) setStage('map')
  }, [read])

  const setField = useCallback((sheet: string, index: number, field: ImportField | null) => {
    setMapping((current) => {
      const columns = { ...current[sheet] }
      // A field belongs to one column: choosing it here frees the column that had it.
      if (field !== null) {
        for (const [other, f] of Object.entries(columns)) if (f === field) columns[Number(other)] = null
      }
      columns[index] = field
      return { ...current, [sheet]: columns }
    })
    setDirty(true)
  }, [])

  const toPreview = useCallback(async () => {
    if (!file) return
    if (dirty) {
      const next = await read(file, mapping, true, fixes)
      if (!next) return
    }
    setStage('preview')
  }, [dirty, file, fixes, mapping, read])

  /** 标为已办结 …: applies a warning's fix to every row that offers it and reads the preview again. */
  const applyFix = useCallback(
    async (name: string) => {
      if (!file || !preview) return
      const chosen = preview.rows
        .filter((r) => r.warnings.some((w) => w.fix?.name === name))
        .map((r) => ({ sheet: r.sheet, row: r.row, fix: name }))
      const clerkChanged = preview.sheets.some((s) => s.source === 'clerk')
      await read(file, mapping, clerkChanged, [...fixes, ...chosen])
    },
    [file, fixes, mapping, preview, read]
  )

  const commit = useCallback(async () => {
    if (!file || !preview) return
    setBusy('importing')
    setError(null)
    try {
      const excludedRows = preview.rows
        .filter((r) => excluded.has(rowKey(r.sheet, r.row)))
        .map((r) => ({ sheet: r.sheet, row: r.row }))
      const done = await call('exchange.commit', {
        file: file.ref,
        kind,
        // The clerk's corrections travel with the commit (and are remembered for these headers).
        mappings: preview.sheets.some((s) => s.source === 'clerk') ? overrides(mapping) : [],
        fingerprint: preview.fingerprint,
        excludedRows,
        asOf,
        fixes,
        options: { ...options }
      })
      setResult(done)
      setStage('done')
      await queryClient.invalidateQueries()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(null)
    }
  }, [asOf, excluded, file, fixes, kind, mapping, options, overrides, preview, queryClient])

  const reset = useCallback(() => {
    setStage('choose')
    setFile(null)
    setPreview(null)
    setMapping({})
    setDirty(false)
    setExcluded(new Set())
    setFixes([])
    setResult(null)
    setError(null)
  }, [])

  /** Leaving the wizard: the next opening starts from the first step (the data was refreshed at commit). */
  const finish = reset

  const errorKeys = useMemo(
    () =>
      new Set((preview?.rows ?? []).filter((r) => r.status === 'error').map((r) => rowKey(r.sheet, r.row))),
    [preview]
  )

  return {
    kind,
    asOf,
    stage,
    setStage,
    file,
    preview,
    mapping,
    dirty,
    setField,
    excluded,
    setExcluded,
    errorKeys,
    result,
    error,
    busy,
    chooseFile,
    toPreview,
    commit,
    applyFix,
    finish
  }
}

export type ImportWizardState = ReturnType<typeof useImportWizard>

function mappingOf(preview: ImportPreview): MappingDraft {
  return Object.fromEntries(
    preview.sheets.map((s) => [s.sheet, Object.fromEntries(s.columns.map((c) => [c.index, c.field]))])
  )
}
