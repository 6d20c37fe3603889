import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBriefing, previewBriefing } from '../src/main/briefing/briefing-service'
import { importCalendar } from '../src/main/calendar/calendar-import'
import { listDue } from '../src/main/ledger/due'
import { issueNotices } from '../src/main/notice/notice-service'
import type { AppContext } from '../src/main/app-context'
import { paragraphTexts, readDocx, sampleCityContext } from './documents-fixture'
import { useTempDir } from './temp-dir'

const tempDir = useTempDir()
const FOOTNOTE = '注：2027年工作日按法定节假日预估，待国务院办公厅公布放假安排后更新。'

/** 2027 in CivDesk's lines; the dates are made up for the test (the notice comes out each November). */
const LINES_2027 =
  '2027-01-01 至 2027-01-03 休 元旦\n2027-02-05 至 2027-02-12 休 春节\n2027-02-20 班 春节调休\n'

async function briefingText(ctx: AppContext, asOf: string, name: string): Promise<string[]> {
  const draft = previewBriefing(ctx, { asOf })
  const path = join(tempDir(), name)
  await exportBriefing(
    ctx,
    { asOf, issueNo: draft.issueNo, issuedOn: asOf, problems: draft.problems, nextSteps: draft.nextSteps },
    path
  )
  return paragraphTexts((await readDocx(path)).document)
}

async function noticeTexts(ctx: AppContext, asOf: string): Promise<string[][]> {
  const dir = tempDir()
  const { paths } = await issueNotices(
    ctx,
    { asOf, issuedOn: asOf, request: { kind: 'supervision', selection: { mode: 'overdue' } } },
    dir
  )
  return Promise.all(paths.map(async (p) => paragraphTexts((await readDocx(p)).document)))
}

describe('documents that count into a year with no official calendar say so', () => {
  it('简报 and 督办通知 as of 2027-01-15 carry the footnote under their tables; with 2027 imported they do not', async () => {
    const ctx = sampleCityContext()
    const briefing = await briefingText(ctx, '2027-01-15', 'provisional.docx')
    // Under the 各区进展 table and under the 附件's list of overdue items.
    expect(briefing.filter((p) => p === FOOTNOTE)).toHaveLength(2)
    const notices = await noticeTexts(ctx, '2027-01-15')
    expect(notices.length).toBeGreaterThan(0)
    for (const notice of notices) expect(notice).toContain(FOOTNOTE)
    expect(listDue(ctx, '2027-01-15').every((d) => d.provisional === true)).toBe(true)

    await importCalendar(ctx, { text: LINES_2027 }, [2027])
    const official = await briefingText(ctx, '2027-01-15', 'official.docx')
    expect(official.some((p) => p.includes('预估'))).toBe(false)
    for (const notice of await noticeTexts(ctx, '2027-01-15'))
      expect(notice.some((p) => p.includes('预估'))).toBe(false)
    expect(listDue(ctx, '2027-01-15').some((d) => d.provisional)).toBe(false)
  })

  it('a briefing within the official years has no footnote', async () => {
    const ctx = sampleCityContext()
    const text = await briefingText(ctx, '2025-09-30', 'official-2025.docx')
    expect(text.some((p) => p.includes('预估'))).toBe(false)
  })
})
