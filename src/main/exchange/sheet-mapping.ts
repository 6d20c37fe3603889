import {
  fieldLabel,
  type ImportField,
  type MappingOverride,
  type SheetMapping
} from '../../shared/contract/exchange'
import { UserError } from '../../shared/errors'
import { hasKeyFields, type LedgerFile, type SheetLayout } from './ledger-file'

/** A sheet with its settled mapping: the clerk's, a remembered one, or the automatic one. */
export interface MappedSheet extends SheetLayout {
  fields: Map<number, ImportField>
  source: SheetMapping['source']
  problem: string | null
}

/**
 * Settles each sheet's mapping: the clerk's correction from this wizard (an override lists the sheet's
 * whole mapping), else the mapping remembered for these exact headers, else the automatic one. A sheet
 * without its kind's required columns gets a problem and is not read.
 */
export function resolveMappings(
  file: LedgerFile,
  overrides: readonly MappingOverride[],
  remembered: (signature: string) => Map<number, ImportField> | null
): MappedSheet[] {
  for (const override of overrides) {
    if (!file.layouts.some((l) => l.sheet.name === override.sheet)) {
      throw new UserError('invalid-input', `文件中没有名为“${override.sheet}”的可导入工作表，请重新选择文件`)
    }
  }
  return file.layouts.map((layout) => {
    const override = overrides.find((o) => o.sheet === layout.sheet.name)
    let fields: Map<number, ImportField>
    let source: SheetMapping['source']
    if (override) {
      fields = checkedOverride(layout, override)
      source = 'clerk'
    } else {
      const saved = remembered(layout.signature)
      const usable = saved && [...saved.keys()].every((i) => layout.columns.some((c) => c.index === i))
      fields = usable ? saved : new Map(layout.autoFields)
      source = usable ? 'remembered' : 'auto'
    }
    const problem = hasKeyFields(fields, layout.kind) ? null : missingKeyProblem(layout, fields)
    return { ...layout, fields, source, problem }
  })
}

function checkedOverride(layout: SheetLayout, override: MappingOverride): Map<number, ImportField> {
  const info = layout.kind.info
  const allowed = new Set(info.fields.map((f) => f.field))
  const fields = new Map<number, ImportField>()
  const columnsOf = new Map<ImportField, string[]>()
  for (const { index, field } of override.columns) {
    const column = layout.columns.find((c) => c.index === index)
    if (!column) throw new UserError('invalid-input', `工作表“${layout.sheet.name}”没有第${index}列`)
    if (field === null) continue
    if (!allowed.has(field))
      throw new UserError('invalid-input', `“${fieldLabel(info, field)}”不是这类台账的列`)
    fields.set(index, field)
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), column.letter])
  }
  for (const [field, letters] of columnsOf) {
    if (letters.length > 1) {
      throw new UserError(
        'invalid-input',
        `工作表“${layout.sheet.name}”中“${fieldLabel(info, field)}”只能对应一列，现在对应了 ${letters.join('、')} 列`
      )
    }
  }
  return fields
}

function missingKeyProblem(layout: SheetLayout, fields: ReadonlyMap<number, ImportField>): string {
  const mapped = new Set(fields.values())
  const missing = layout.kind.requiredFields
    .filter((f) => !mapped.has(f))
    .map((f) => `“${fieldLabel(layout.kind.info, f)}”`)
  return `没有对应${missing.join('和')}的列，无法导入这张表。请指定哪一列是${missing.join('、')}。`
}

export function toSheetMapping(sheet: MappedSheet): SheetMapping {
  return {
    sheet: sheet.sheet.name,
    kind: sheet.kind.info.kind,
    headerRow: sheet.headerRow,
    columns: sheet.columns.map((c) => ({
      index: c.index,
      letter: c.letter,
      header: c.header,
      field: sheet.fields.get(c.index) ?? null,
      samples: sheet.samples.get(c.index) ?? []
    })),
    source: sheet.source,
    contextYear: sheet.contextYear,
    sheetDate: sheet.sheetDate,
    notes: sheet.notes,
    problem: sheet.problem
  }
}
