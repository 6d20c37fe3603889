import type { RowFix, RowWarning } from '../../../../shared/contract/exchange'
import type { PlannedTask } from './task-plan'
import type { TaskDraft } from './task-rows'

/** The one correction a task row offers: its progress says it is finished, so its status becomes 已办结. */
export const MARK_DONE = { name: 'markDone', label: '标为已办结', why: '进展写着已完成，状态却不是已办结' }

/**
 * A progress text that says the work is finished: 已完成, 已办结, 已全部完成, a text ending in 完成 …, but
 * not 未完成, 尚未完成, 待完成, 完成率 or 计划完成 (those say it is not, or not yet).
 */
const FINISHED = /(已办结|已完成|已全部完成|全面完成|(?<![未待没尚拟计划将需应争力确保])完成(?![率度时前后]))/
const NOT_FINISHED = /(未完成|未办结|尚未|没有完成|待完成)/

export function saysFinished(text: string): boolean {
  return FINISHED.test(text) && !NOT_FINISHED.test(text)
}

/**
 * The warning a row gets when its progress says finished while its status will not be 已办结: nothing is
 * inferred; the clerk may mark such rows 已办结 in one click (a fix the next preview and the commit honour).
 */
export function finishedWarning(row: PlannedTask): RowWarning | null {
  if (row.status === 'error' || row.status === 'unchanged' || !row.report) return null
  if (row.after.status === 'done' || !saysFinished(row.report.text)) return null
  const status = row.after.status === 'not-started' ? '未启动' : '推进中'
  return {
    message: `进展写着“${shorten(row.report.text)}”，状态却是“${status}”`,
    fix: MARK_DONE
  }
}

/** The drafts with the clerk's fixes applied: 标为已办结 sets the status (and a 100% progress) of its rows. */
export function applyFixes(drafts: TaskDraft[], fixes: readonly RowFix[]): TaskDraft[] {
  const marked = new Set(fixes.filter((f) => f.fix === MARK_DONE.name).map((f) => `${f.sheet}\u0001${f.row}`))
  if (marked.size === 0) return drafts
  for (const draft of drafts) {
    if (!marked.has(`${draft.sheet}\u0001${draft.row}`)) continue
    draft.status = 'done'
    if (draft.percent === undefined || draft.percent < 100) draft.percent = 100
  }
  return drafts
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text
}
