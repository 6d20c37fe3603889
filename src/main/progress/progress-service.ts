import type { ProgressInput, ProgressReport, ProgressTargetRef } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import { select } from '../store/typed-query'
import { readProgressTarget } from './progress-target'

/** The reports of a task or village item, oldest first; the one that closed the item is marked. */
export function listProgress(ctx: AppContext, target: ProgressTargetRef): ProgressReport[] {
  const info = readProgressTarget(ctx.db, target)
  const column = target.kind === 'task' ? 'task_id' : 'village_item_id'
  const rows = select<
    Omit<ProgressReport, 'completes' | 'round'> & {
      roundId: number | null
      roundTitle: string | null
      roundUnit: string | null
    }
  >(
    ctx.db,
    `SELECT p.id, p.report_date AS date, p.text, p.percent, p.problems, p.next_steps AS nextSteps,
            p.created_at AS createdAt, r.id AS roundId, r.title AS roundTitle, ru.unit_name AS roundUnit
         FROM progress_report p
         LEFT JOIN round r ON r.id = p.round_id
         LEFT JOIN round_return rr ON rr.id = p.round_return_id
         LEFT JOIN round_unit ru ON ru.round_id = rr.round_id AND ru.unit_id = rr.unit_id
         WHERE p.${column} = ? ORDER BY p.report_date, p.id`
  ).all(target.id)
  // The last report on the completion date is the one that closed the item (办结).
  const closing =
    info.status === 'done' && info.completedDate !== null
      ? rows.filter((r) => r.date === info.completedDate).at(-1)?.id
      : undefined
  return rows.map(({ roundId, roundTitle, roundUnit, ...r }) => ({
    ...r,
    completes: r.id === closing,
    // Where a report came from: the history says which round's return it was accepted from.
    round:
      roundId !== null && roundTitle !== null ? { id: roundId, title: roundTitle, unit: roundUnit } : null
  }))
}

/**
 * Files a 进展填报 and carries it to the item: the latest report (by date) sets the item's 进度, a first
 * report moves 未启动 to 推进中, and 办结 records the report's date as the completion date with 100%. A
 * back-dated report is kept in the history without overriding a newer one. One audit row.
 */
export function addProgress(ctx: AppContext, input: ProgressInput): { id: number } {
  return ctx.db.transaction(() => {
    const item = readProgressTarget(ctx.db, input.target)
    const isLatest = item.latestReportDate === null || input.date >= item.latestReportDate
    let percent = input.percent
    if (input.markDone) {
      if (item.status === 'done') {
        throw new UserError('conflict', `${item.label}已于${item.completedDate ?? '此前'}办结，无需再次办结`)
      }
      if (percent !== null && percent !== 100) {
        throw new UserError('invalid-input', `标记办结时完成进度应为100%，不能为${percent}%`)
      }
      if (item.startDate !== null && input.date < item.startDate) {
        throw new UserError('invalid-input', `办结日期（${input.date}）不能早于开始日期（${item.startDate}）`)
      }
      percent = 100
    } else if (item.status === 'done' && percent !== null && percent < 100) {
      throw new UserError(
        'invalid-input',
        `${item.label}已于${item.completedDate ?? '此前'}办结，完成进度应为100%；如需继续推进，请先把状态改为“推进中”`
      )
    }

    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO progress_report (task_id, village_item_id, report_date, text, percent, problems, next_steps, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          input.target.kind === 'task' ? input.target.id : null,
          input.target.kind === 'village-item' ? input.target.id : null,
          input.date,
          input.text,
          percent,
          input.problems,
          input.nextSteps,
          ctx.clock.now()
        ).lastInsertRowid
    )

    const next = {
      status: input.markDone ? 'done' : item.status === 'not-started' ? 'in-progress' : item.status,
      percent: input.markDone ? 100 : isLatest && percent !== null ? percent : item.percent,
      completedDate: input.markDone ? input.date : item.completedDate
    }
    const table = input.target.kind === 'task' ? 'task' : 'village_item'
    ctx.db
      .prepare(`UPDATE ${table} SET status = ?, percent = ?, completed_date = ?, updated_at = ? WHERE id = ?`)
      .run(next.status, next.percent, next.completedDate, ctx.clock.now(), input.target.id)

    writeAudit(ctx.db, ctx.clock, {
      entity: input.target.kind === 'task' ? 'task' : 'village_item',
      entityId: input.target.id,
      action: 'report',
      summary:
        `填报${item.label}进展（${input.date}${percent !== null ? `，${percent}%` : ''}）` +
        (input.markDone ? `，标记办结，办结日期${input.date}` : ''),
      before: { status: item.status, percent: item.percent, completedDate: item.completedDate },
      after: { report: { ...input, percent, id }, ...next }
    })
    return { id }
  })()
}
