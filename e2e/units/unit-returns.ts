import JSZip from 'jszip'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/**
 * The units' side of a round, for the stories: they fill their 填报表 in with another program than the
 * one that wrote it (openpyxl, Debian's python3), and one re-saves it in LibreOffice as a WPS or Excel
 * user would.
 */

export interface FillSpec {
  /** How many item rows to fill from the top (default: every row). */
  rows?: number
  /** Fill-in cells by their column header (本期进展, 状态, 完成百分比 …); "{i}" is the row number. */
  values: Record<string, string | number>
  /** Overwrites a read-only cell of the first row: what a unit must not do. */
  edit?: { header: string; value: string }
}

const PYTHON = '/usr/bin/python3'
const SCRIPT = join(__dirname, 'fill-return.py')

export function fillReturn(source: string, target: string, spec: FillSpec): void {
  const specFile = join(mkdtempSync(join(tmpdir(), 'civdesk-fill-')), 'spec.json')
  writeFileSync(specFile, JSON.stringify(spec))
  const result = spawnSync(PYTHON, [SCRIPT, source, target, specFile], { encoding: 'utf8' })
  rmSync(join(specFile, '..'), { recursive: true, force: true })
  if (result.status !== 0) throw new Error(`fill-return.py failed: ${result.stderr}${result.stdout}`)
}

/** Opens the workbook in LibreOffice and saves it again as .xlsx (under the same name, into `target`). */
export function resaveInLibreOffice(source: string, target: string): void {
  const work = mkdtempSync(join(tmpdir(), 'civdesk-resave-'))
  try {
    const outDir = join(work, 'out')
    mkdirSync(outDir)
    const result = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        source
      ],
      { encoding: 'utf8', timeout: 180_000 }
    )
    if (result.status !== 0)
      throw new Error(`soffice failed (${result.status}): ${result.stderr}${result.stdout}`)
    renameSync(join(outDir, basename(source)), target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The workbooks of a downloaded .zip of a round's folder, written out into `dir`: unit name → path. */
export async function unzipWorkbooks(zipFile: string, dir: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile))
  const books = new Map<string, string>()
  mkdirSync(dir, { recursive: true })
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.endsWith('.xlsx')) continue
    const name = basename(entry.name)
    const path = join(dir, name)
    writeFileSync(path, await entry.async('nodebuffer'))
    // <round title>-<unit>.xlsx: the unit is what follows the title's last hyphen.
    books.set(name.slice(name.lastIndexOf('-') + 1, -'.xlsx'.length), path)
  }
  return books
}
