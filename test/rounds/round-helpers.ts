import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { AppContext } from '../../src/main/app-context'
import { writeRoundFiles } from '../../src/main/round/round-files'
import { openRound } from '../../src/main/round/round-open'
import { roundItemsOf } from '../../src/main/round/round-queries'
import { collectReturns } from '../../src/main/round/round-service'
import { cli } from '../cli-harness'

const FILL = join(__dirname, 'fill_return.py')

/** Opens a round over the units with open tasks of the sample city and writes its files into `dir`. */
export async function openAndWrite(ctx: AppContext, dir: string, title = '2025年10月进展填报') {
  const opened = openRound(ctx, {
    title,
    asOf: '2025-09-30',
    openedOn: '2025-09-30',
    due: { mode: 'workdays', workdays: 5 },
    units: { mode: 'open' },
    itemKinds: ['tasks'],
    role: 'lead',
    contact: ''
  })
  const written = await writeRoundFiles(ctx, opened.id, dir, '2025-09-30')
  return { opened, written }
}

/** Fills a workbook as a unit would, with openpyxl (see fill_return.py). */
export function fillWith(src: string, dst: string, spec: unknown): string {
  const r = spawnSync('/usr/bin/python3', [FILL, src, dst, JSON.stringify(spec)], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`fill_return.py failed: ${r.stderr}`)
  return dst
}

/** What a LibreOffice (or WPS/Excel) re-save does to the workbook: soffice --convert-to xlsx. */
export function resaveWithLibreOffice(src: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'civdesk-soffice-'))
  try {
    const input = join(work, `in-${basename(src)}`)
    copyFileSync(src, input)
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        input
      ],
      { encoding: 'utf8', timeout: 180_000 }
    )
    const out = join(outDir, basename(input))
    if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed: ${r.stderr}${r.stdout}`)
    return out
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Round item ids of a unit as strings (the 行标识 the fill script finds rows by). */
export function rowKeys(ctx: AppContext, roundId: number, unitId: number): string[] {
  return roundItemsOf(ctx.db, roundId, unitId).map((i) => String(i.id))
}

export async function checkFiles(ctx: AppContext, roundId: number, paths: string[], asOf = '2025-10-09') {
  return collectReturns(
    ctx,
    roundId,
    paths.map((path) => ({ path, ref: '', folder: false })),
    asOf
  )
}

/**
 * The sample city in `dir`/示例市.db with a round (2025年10月进展填报, as of 2025-09-30) opened and its
 * files written, all through the CLI as a clerk would type it: the data file, the round id and the
 * workbooks sent, one per unit.
 */
export async function cliRoundWithFiles(
  dir: string
): Promise<{ db: string; id: number; sent: { unit: string; file: string }[] }> {
  const db = join(dir, '示例市.db')
  const run = async (...argv: string[]): Promise<string> => {
    const r = await cli(...argv)
    if (r.code !== 0) throw new Error(`${argv.slice(0, 2).join(' ')}: exit ${r.code}: ${r.stderr}`)
    return r.stdout
  }
  await run('demo', '--db', db)
  const opened = await run(
    'round',
    'open',
    '--db',
    db,
    '--title',
    '2025年10月进展填报',
    '--as-of',
    '2025-09-30',
    '--due-workdays',
    '5',
    '--json'
  )
  const { id } = JSON.parse(opened) as { id: number }
  const files = await run('round', 'files', '--db', db, '--round', String(id), '--out', dir, '--json')
  return { db, id, sent: (JSON.parse(files) as { files: { unit: string; file: string }[] }).files }
}
