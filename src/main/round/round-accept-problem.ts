import type { IsoDate } from '../../shared/civil-date'
import type { AppContext } from '../app-context'
import { addEvent } from '../assessment/problem-service'
import type { AuditEntry } from '../store/audit'
import type { Row } from '../store/rows'
import { select } from '../store/typed-query'
import type { ReturnedRow } from './return-read'

/** What the unit wrote about a 测评问题, as the problem's history keeps it (its 整改说明). */
export function rectificationNote(row: ReturnedRow): string {
  return [
    row.progress ?? '',
    row.completedDate ? `整改完成日期：${row.completedDate}` : '',
    row.problems ? `存在问题：${row.problems}` : '',
    row.nextSteps ? `下步计划：${row.nextSteps}` : '',
    row.evidence ? `佐证材料：${row.evidence}` : ''
  ]
    .filter(Boolean)
    .join('；')
    .slice(0, 2000)
}

export interface ProblemReply {
  row: ReturnedRow
  problemId: number
  returnId: number
  /** The day the return arrived: the day the unit asked for 销号. */
  arrived: IsoDate
  unit: string
  roundTitle: string
}

/**
 * 采纳 of one 测评问题 row, inside the accept's transaction. A row marked 已办结 on a problem still 整改中
 * is the unit's 申请销号: the problem moves to 申请销号 with the row as its 整改说明, for the office's
 * 复核 (通过 → 销号, 退回 → 整改中) on the 问题清单 as before. Any other filled row is a 整改进展 kept in
 * the problem's history. A problem the office moved on since the round opened (销号 asked by hand, or
 * already closed) only gains the progress: a return never moves a problem backwards. Every step names
 * the return it came from. Returns whether the problem moved to 申请销号, and the audit entry.
 */
export function acceptProblemReply(
  ctx: AppContext,
  reply: ProblemReply
): { requested: boolean; audit: AuditEntry } | null {
  const { db } = ctx
  const problem = select<Pick<Row<'assessment_problem'>, 'state' | 'rectification'>>(
    db,
    'SELECT state, rectification FROM assessment_problem WHERE id = ?'
  ).get(reply.problemId)
  if (!problem) return null
  const note = rectificationNote(reply.row)
  const requested = reply.row.status === 'done' && problem.state === 'rectifying'
  const at = ctx.clock.now()
  if (requested) {
    db.prepare(
      `UPDATE assessment_problem SET state = 'requested', rectification = ?, updated_at = ? WHERE id = ?`
    ).run(note, at, reply.problemId)
  }
  addEvent(db, at, reply.problemId, reply.arrived, requested ? 'request' : 'progress', note, reply.returnId)
  const step = requested ? '申请销号' : '整改进展'
  return {
    requested,
    audit: {
      entity: 'assessment_problem',
      entityId: reply.problemId,
      action: 'update',
      summary: `测评问题${reply.problemId}：采纳${reply.unit}报送的${step}（${reply.roundTitle}）`,
      before: { state: problem.state, rectification: problem.rectification },
      after: { state: requested ? 'requested' : problem.state, note }
    }
  }
}
