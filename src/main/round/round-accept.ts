import type { IsoDate } from '../../shared/civil-date'
import type { AcceptResult, ReturnCheck } from '../../shared/contract/round'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeAudits, type AuditEntry } from '../store/audit'
import { select, selectValue } from '../store/typed-query'
import type { CheckedReturn } from './round-collect'
import { readRound } from './round-queries'
import { isFilled, type ReturnedRow } from './return-read'
import { receivedOn } from './round-receive'
import { acceptProblemReply } from './round-accept-problem'

function problemsText(check: ReturnCheck): string {
  return check.problems
    .slice(0, 10)
    .map((p) =>
      [
        p.sheet ? `工作表“${p.sheet}”` : '',
        p.row ? `第${p.row}行` : '',
        p.column ? `${p.column}列` : '',
        p.message
      ]
        .filter(Boolean)
        .join(' ')
    )
    .join('；')
}

/**
 * 采纳: one transaction per unit. The return row goes in first: the unique index on an accepted checksum
 * makes a second accept of the same file (another window, a second CLI run) fail here, before any
 * progress is written. Then for each chosen row that was filled in: a new progress report dated the
 * round's 统计截止日期, linked to the round and the return (the history is only added to), and the
 * record's status, percent and 办结日期 where the unit gave them. A milestone's report goes on its task
 * or village item; a 测评问题's reply goes into the problem's life (round-accept-problem.ts). One audit row
 * per record and one for the return.
 */
export function acceptReturn(
  ctx: AppContext,
  roundId: number,
  checked: CheckedReturn,
  itemIds: readonly number[] | undefined,
  receivedAt: IsoDate
): AcceptResult {
  const { check } = checked
  if (check.verdict !== 'ok' || check.unitId === null) {
    throw new UserError('file-refused', `“${check.name}”有问题，不能采纳：${problemsText(check)}`, {
      problems: check.problems
    })
  }
  const round = readRound(ctx.db, roundId)
  const filled = checked.rows.filter(isFilled)
  let chosen: ReturnedRow[] = filled
  if (itemIds !== undefined) {
    const wanted = new Set(itemIds)
    chosen = filled.filter((r) => wanted.has(r.item.id))
    const known = new Set(filled.map((r) => r.item.id))
    const unknown = itemIds.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new UserError(
        'invalid-input',
        `所选事项中有${unknown.length}项不在该文件已填写的事项中，请重新检查`
      )
  }
  const reporter = filled.find((r) => r.reporter)?.reporter ?? ''
  const phone = filled.find((r) => r.phone)?.phone ?? ''
  const unitId = check.unitId
  return ctx.db.transaction(() => {
    const arrived = receivedOn(ctx, roundId, unitId, check.checksum, receivedAt)
    let returnId: number
    try {
      returnId = Number(
        ctx.db
          .prepare(
            `INSERT INTO round_return (round_id, unit_id, file_name, checksum, received_at, outcome, accepted_items, reporter, phone, created_at)
             VALUES (?, ?, ?, ?, ?, 'accepted', ?, ?, ?, ?)`
          )
          .run(
            roundId,
            unitId,
            check.name.slice(0, 300),
            check.checksum,
            arrived,
            chosen.length,
            reporter,
            phone,
            ctx.clock.now()
          ).lastInsertRowid
      )
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) {
        throw new UserError('conflict', `“${check.name}”已经采纳过（可能在另一个窗口），不能重复采纳`)
      }
      throw error
    }
    const now = ctx.clock.now()
    const insertReport = ctx.db.prepare(
      `INSERT INTO progress_report (task_id, village_item_id, report_date, text, percent, problems, next_steps, created_at,
          round_id, round_return_id, evidence, highlight)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const audits: AuditEntry[] = []
    let progressRows = 0
    let problemsRequested = 0
    for (const row of chosen) {
      const item = row.item
      if (item.kind === 'problem') {
        if (item.problem_id === null) continue
        const reply = acceptProblemReply(ctx, {
          row,
          problemId: item.problem_id,
          returnId,
          arrived,
          unit: check.unit ?? '',
          roundTitle: round.title
        })
        if (!reply) continue
        if (reply.requested) problemsRequested++
        audits.push(reply.audit)
        continue
      }
      const done = row.status === 'done'
      const percent = done ? 100 : row.percent
      if (item.kind === 'milestone') {
        if (item.milestone_id === null) continue
        const parent = select<{ taskId: number | null; villageItemId: number | null }>(
          ctx.db,
          'SELECT task_id AS taskId, village_item_id AS villageItemId FROM milestone WHERE id = ?'
        ).get(item.milestone_id)
        if (!parent) continue
        if (
          row.progress !== null ||
          row.problems !== null ||
          row.nextSteps !== null ||
          row.highlight !== null
        ) {
          insertReport.run(
            parent.taskId,
            parent.villageItemId,
            round.asOf,
            `【${item.title}】${row.progress ?? ''}`,
            null,
            row.problems ?? '',
            row.nextSteps ?? '',
            now,
            roundId,
            returnId,
            row.evidence ?? '',
            row.highlight ?? ''
          )
          progressRows++
        }
        if (row.status !== null) {
          const completed = done ? (row.completedDate ?? round.asOf) : null
          ctx.db
            .prepare('UPDATE milestone SET status = ?, completed_date = ? WHERE id = ?')
            .run(done ? 'done' : 'open', completed, item.milestone_id)
        }
        audits.push({
          entity: 'milestone',
          entityId: item.milestone_id,
          action: 'report',
          summary: `采纳${check.unit}报送的时间节点“${item.title.slice(0, 40)}”进展`,
          after: { status: row.status, completedDate: row.completedDate }
        })
        continue
      }
      const table = item.kind === 'task' ? 'task' : 'village_item'
      const recordId = item.kind === 'task' ? item.task_id : item.village_item_id
      if (recordId === null) continue
      const current = select<{ status: string; percent: number; completedDate: string | null }>(
        ctx.db,
        `SELECT status, percent, completed_date AS completedDate FROM ${table} WHERE id = ?`
      ).get(recordId)
      if (!current) continue
      const latest = selectValue<string | null>(
        ctx.db,
        `SELECT max(report_date) FROM progress_report WHERE ${table === 'task' ? 'task_id' : 'village_item_id'} = ?`
      ).one(recordId)
      insertReport.run(
        item.kind === 'task' ? recordId : null,
        item.kind === 'village-item' ? recordId : null,
        round.asOf,
        row.progress ?? '',
        percent,
        row.problems ?? '',
        row.nextSteps ?? '',
        now,
        roundId,
        returnId,
        row.evidence ?? '',
        row.highlight ?? ''
      )
      progressRows++
      // A report older than the newest one is kept in the history without overriding it (as 进展填报 does).
      const isLatest = latest === null || round.asOf >= latest
      const status =
        row.status ??
        (current.status === 'not-started' && row.progress !== null ? 'in-progress' : current.status)
      const next = {
        status,
        percent: isLatest && percent !== null ? percent : status === 'done' ? 100 : current.percent,
        completedDate: status === 'done' ? (row.completedDate ?? current.completedDate ?? round.asOf) : null
      }
      ctx.db
        .prepare(
          `UPDATE ${table} SET status = ?, percent = ?, completed_date = ?, updated_at = ? WHERE id = ?`
        )
        .run(next.status, next.percent, next.completedDate, now, recordId)
      audits.push({
        entity: table === 'task' ? 'task' : 'village-item',
        entityId: recordId,
        action: 'report',
        summary: `采纳${check.unit}报送的“${item.title.slice(0, 40)}”进展（${round.title}）`,
        before: current,
        after: next
      })
    }
    audits.push({
      entity: 'round',
      entityId: roundId,
      action: 'import',
      summary: `采纳${check.unit}报送的“${round.title}”填报表（${chosen.length}项）`,
      after: { returnId, file: check.name, items: chosen.length }
    })
    writeAudits(ctx.db, ctx.clock, audits)
    return { returnId, unit: check.unit ?? '', items: chosen.length, progressRows, problemsRequested }
  })()
}
