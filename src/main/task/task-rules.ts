import type { TaskChanges } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { TaskFields } from '../../shared/contract/task'

/**
 * The task after a change, with what follows from it, or a UserError naming the broken rule:
 * - 已办结 needs a 办结日期, and its 进度 is 100%;
 * - only a 已办结 task has a 办结日期 (reopening one clears it);
 * - a 未启动 task whose 进度 is raised becomes 推进中;
 * - 开始日期 ≤ 完成时限, and 办结日期 ≥ 开始日期.
 */
export function settleTaskChange(before: TaskFields, changes: TaskChanges): TaskFields {
  const after: TaskFields = { ...before, ...changes }
  if (after.status === 'done') {
    if (after.completedDate === null) {
      throw new UserError('invalid-input', '标记为“已办结”时需要填写办结日期')
    }
    if (changes.percent !== undefined && changes.percent !== 100) {
      throw new UserError('invalid-input', `已办结的任务进度应为100%，不能改为${changes.percent}%`)
    }
    after.percent = 100
  } else {
    if (changes.completedDate != null) {
      throw new UserError('invalid-input', '只有已办结的任务才有办结日期，请先把状态改为“已办结”')
    }
    after.completedDate = null
    if (changes.status === undefined && changes.percent !== undefined && changes.percent > 0) {
      if (after.status === 'not-started') after.status = 'in-progress'
    }
  }
  assertDateOrder(after)
  return after
}

export function assertDateOrder(task: Pick<TaskFields, 'startDate' | 'deadline' | 'completedDate'>): void {
  if (task.startDate && task.deadline && task.startDate > task.deadline) {
    throw new UserError('invalid-input', `开始日期（${task.startDate}）不能晚于完成时限（${task.deadline}）`)
  }
  if (task.startDate && task.completedDate && task.completedDate < task.startDate) {
    throw new UserError(
      'invalid-input',
      `办结日期（${task.completedDate}）不能早于开始日期（${task.startDate}）`
    )
  }
}
