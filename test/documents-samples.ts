import { join } from 'node:path'
import type { AppContext } from '../src/main/app-context'
import { exportBriefing, previewBriefing } from '../src/main/briefing/briefing-service'
import { issueNotices } from '../src/main/notice/notice-service'
import { sampleCityContext } from './documents-fixture'

export interface SampleDocuments {
  ctx: AppContext
  /** 第2期, compared with 第1期 (as of 2025-09-15). */
  briefing: string
  /** The 督办通知 to the unit with the most items, issued 2025-09-26. */
  notice: string
  /** The 催办通知 chasing the first 督办通知, issued 2025-10-20. */
  reminder: string
}

/** One document of each kind on the sample city, as a clerk would make them in September and October. */
export async function sampleDocuments(dir: string): Promise<SampleDocuments> {
  const ctx = sampleCityContext()
  const first = previewBriefing(ctx, { asOf: '2025-09-15' })
  await exportBriefing(
    ctx,
    {
      asOf: '2025-09-15',
      issueNo: 1,
      issuedOn: '2025-09-16',
      problems: first.problems,
      nextSteps: first.nextSteps
    },
    join(dir, '简报第1期.docx')
  )
  const second = previewBriefing(ctx, { asOf: '2025-09-30' })
  const briefing = join(dir, '城中村现代化治理工作简报第2期.docx')
  await exportBriefing(
    ctx,
    {
      asOf: '2025-09-30',
      issueNo: 2,
      issuedOn: '2025-09-30',
      problems: second.problems,
      nextSteps: second.nextSteps
    },
    briefing
  )
  const notices = await issueNotices(
    ctx,
    {
      asOf: '2025-09-26',
      issuedOn: '2025-09-26',
      request: { kind: 'supervision', selection: { mode: 'overdue' } }
    },
    dir
  )
  const largest = notices.notices.reduce((a, b) => (b.items > a.items ? b : a))
  const reminders = await issueNotices(
    ctx,
    { asOf: '2025-10-20', issuedOn: '2025-10-20', request: { kind: 'reminder' } },
    dir
  )
  return {
    ctx,
    briefing,
    notice: notices.paths[notices.notices.indexOf(largest)],
    reminder: reminders.paths[0]
  }
}
