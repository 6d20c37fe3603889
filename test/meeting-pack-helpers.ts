import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import type { PackOptions } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import { insertNotice, nextSeq } from '../src/main/notice/notice-register'
import { selectValue } from '../src/main/store/typed-query'

export function packOptions(asOf: string, overrides: Partial<PackOptions> = {}): PackOptions {
  return {
    title: '领导小组会议',
    meetingDate: asOf,
    asOf,
    issuedOn: asOf,
    briefing: { include: true },
    notices: { include: true, units: 'overdue', reminders: true },
    dueList: { include: true },
    reporting: { include: true },
    bulletin: { include: true, rectifyDays: 30 },
    ...overrides
  }
}

/** What a pack registers: 简报 issues, notices, 测评通报, packs and audit rows, counted. */
export function registerCounts(ctx: AppContext): Record<string, number> {
  const count = (sql: string) => selectValue<number>(ctx.db, sql).one()
  return {
    briefings: count('SELECT count(*) FROM briefing_issue'),
    notices: count('SELECT count(*) FROM notice'),
    noticeItems: count('SELECT count(*) FROM notice_item'),
    bulletins: count('SELECT count(*) FROM assessment_bulletin'),
    packs: count('SELECT count(*) FROM meeting_pack'),
    audit: count('SELECT count(*) FROM audit_log')
  }
}

/**
 * Another window issues a 督办通知 (示例文明办督〔2025〕1号) while a pack is written: called at the pack's
 * 'parts-written' moment, it takes the number the pack had planned for itself.
 */
export function anotherWindowTakesSupervisionNumber(ctx: AppContext, asOf: string): void {
  insertNotice(ctx, {
    series: 'supervision',
    year: 2025,
    seq: nextSeq(ctx.db, 'supervision', 2025),
    number: '示例文明办督〔2025〕1号',
    issuedOn: asOf,
    asOf,
    unitId: 1,
    unitName: '另一窗口',
    title: '另一窗口的督办通知',
    replyDue: '2025-10-10',
    citesNoticeId: null,
    items: []
  })
}

/** Everything in a folder (hidden staging folders included), sorted. */
export function listing(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

export interface SheetRead {
  title: string
  rows: (string | number | null)[][]
  printArea: string | null
  paperSize: number | null
  orientation: string | null
  printTitleRows: string | null
}

/** A second reader for the pack's workbooks: openpyxl (Debian's python3-openpyxl). */
export function readWithOpenpyxl(path: string, firstRow: number): SheetRead {
  const script = `
import json, sys, datetime
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
def v(c):
    if isinstance(c, (datetime.date, datetime.datetime)): return c.strftime('%Y-%m-%d')
    return c
rows = [[v(c) for c in r] for r in ws.iter_rows(min_row=int(sys.argv[2]), values_only=True)]
pa = ws.print_area
print(json.dumps({'title': ws['A1'].value, 'rows': rows,
  'printArea': (pa if isinstance(pa, str) else (','.join(pa) if pa else None)),
  'paperSize': ws.page_setup.paperSize and int(ws.page_setup.paperSize),
  'orientation': ws.page_setup.orientation, 'printTitleRows': ws.print_title_rows}, ensure_ascii=False))
`
  const result = spawnSync('/usr/bin/python3', ['-c', script, path, String(firstRow)], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`openpyxl could not read ${path}: ${result.stderr}`)
  return JSON.parse(result.stdout) as SheetRead
}
