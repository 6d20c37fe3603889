import type { Database } from 'better-sqlite3'
import { formatChineseMonthDay, type IsoDate } from '../../shared/civil-date'
import type { NoticeKind, NoticeRegisterRow, ReplyState } from '../../shared/contract'
import { NOTICE_KIND_LABEL } from '../../shared/contract/notice'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import type { WorkCalendar } from '../calendar/work-calendar'
import { writeAudit } from '../store/audit'
import type { CamelRow, Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'

/** The 发文登记 register: notices issued, their reply deadlines and replies (migration 004). */

/** A register line as SELECT reads it, before its reply state as of a date is added. */
type NoticeRecord = Omit<NoticeRegisterRow, 'replyState' | 'replyLabel'>

const SELECT = `
  SELECT n.id, n.series, n.year, n.seq, n.number, n.issued_on AS issuedOn, n.as_of AS asOf, n.unit_id AS unitId,
         n.unit_name AS unit, n.title, n.reply_due AS replyDue, n.replied_on AS repliedOn,
         c.number AS cites,
         (SELECT r.number FROM notice r WHERE r.cites_notice_id = n.id ORDER BY r.id LIMIT 1) AS remindedBy,
         (SELECT count(*) FROM notice_item i WHERE i.notice_id = n.id) AS items
    FROM notice n LEFT JOIN notice c ON c.id = n.cites_notice_id`

/** Reply state of a notice as of a date, in the words the register shows. */
export function replyStatus(
  row: { replyDue: IsoDate; repliedOn: IsoDate | null },
  asOf: IsoDate,
  calendar: WorkCalendar
): { replyState: ReplyState; replyLabel: string } {
  if (row.repliedOn !== null && row.repliedOn <= asOf)
    return { replyState: 'replied', replyLabel: `已反馈（${formatChineseMonthDay(row.repliedOn)}）` }
  const left = calendar.workdaysLeft(row.replyDue, asOf)
  if (row.replyDue >= asOf)
    return { replyState: 'waiting', replyLabel: row.replyDue === asOf ? '今日到期' : `剩${left}个工作日` }
  return { replyState: 'overdue', replyLabel: left === 0 ? '已逾期' : `逾期${-left}个工作日` }
}

function toRow(r: NoticeRecord, asOf: IsoDate, calendar: WorkCalendar): NoticeRegisterRow {
  return { ...r, ...replyStatus(r, asOf, calendar) }
}

export function listRegister(ctx: AppContext, asOf: IsoDate, year?: number): NoticeRegisterRow[] {
  const calendar = ctx.calendar()
  const rows =
    year === undefined
      ? select<NoticeRecord>(ctx.db, `${SELECT} ORDER BY n.issued_on DESC, n.series, n.seq`).all()
      : select<NoticeRecord>(
          ctx.db,
          `${SELECT} WHERE n.year = ? ORDER BY n.issued_on DESC, n.series, n.seq`
        ).all(year)
  return rows.map((r) => toRow(r, asOf, calendar))
}

export function registerRow(ctx: AppContext, id: number, asOf: IsoDate): NoticeRegisterRow {
  const r = select<NoticeRecord>(ctx.db, `${SELECT} WHERE n.id = ?`).get(id)
  if (!r)
    throw new UserError('not-found', `发文登记中没有这份通知（编号 ${id}），可能已被其他窗口修改，请刷新。`)
  return toRow(r, asOf, ctx.calendar())
}

/**
 * The next 序号 of a series in a year (numbers restart every year). The 测评通报 (assessment_bulletin) is
 * numbered in the 督办 series too, so no two documents of the office ever carry the same 发文字号.
 */
export function nextSeq(db: Database, series: NoticeKind, year: number): number {
  const max = selectValue<number | null>(
    db,
    `SELECT max(seq) FROM (SELECT seq FROM notice WHERE series = @series AND year = @year
       UNION ALL SELECT seq FROM assessment_bulletin WHERE @series = 'supervision' AND year = @year)`
  ).one({ series, year })
  // The 催报通知 of reporting rounds (round_reminder, migration 8) share the reminder series' numbers.
  const chased =
    series === 'reminder'
      ? selectValue<number | null>(db, 'SELECT max(seq) FROM round_reminder WHERE year = ?').one(year)
      : null
  return Math.max(max ?? 0, chased ?? 0) + 1
}

/** How many notices of each kind were issued in `year`, and how many have been replied to. */
export function registerCounts(
  db: Database,
  year: number
): { supervision: number; reminder: number; replied: number } {
  const r = select<{ supervision: number | null; reminder: number | null; replied: number | null }>(
    db,
    `SELECT sum(series = 'supervision') AS supervision, sum(series = 'reminder') AS reminder,
              sum(replied_on IS NOT NULL) AS replied FROM notice WHERE year = ?`
  ).one(year)
  return { supervision: r.supervision ?? 0, reminder: r.reminder ?? 0, replied: r.replied ?? 0 }
}

/** One item of a notice to register, linked to its village item or task by refId. */
export type NewNoticeItem = Pick<Row<'notice_item'>, 'kind' | 'title' | 'place' | 'deadline'> &
  CamelRow<'notice_item', 'status_label' | 'supervision_count'> & { refId: number }

export type NewNotice = CamelRow<
  'notice',
  | 'series'
  | 'year'
  | 'seq'
  | 'number'
  | 'issued_on'
  | 'as_of'
  | 'unit_name'
  | 'title'
  | 'reply_due'
  | 'cites_notice_id'
> & { unitId: number; items: NewNoticeItem[] }

/** Registers one notice with its items and an audit row. Call inside the caller's transaction. */
export function insertNotice(ctx: AppContext, notice: NewNotice): number {
  const now = ctx.clock.now()
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO notice (series, year, seq, number, issued_on, as_of, unit_id, unit_name, title, reply_due,
                             cites_notice_id, created_at)
         VALUES (@series, @year, @seq, @number, @issuedOn, @asOf, @unitId, @unitName, @title, @replyDue,
                 @citesNoticeId, @now)`
      )
      .run({ ...notice, now }).lastInsertRowid
  )
  const insertItem = ctx.db.prepare(
    `INSERT INTO notice_item (notice_id, seq, kind, village_item_id, task_id, title, place, deadline, status_label,
                              supervision_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  notice.items.forEach((item, i) =>
    insertItem.run(
      id,
      i + 1,
      item.kind,
      item.kind === 'village-item' ? item.refId : null,
      item.kind === 'task' ? item.refId : null,
      item.title,
      item.place,
      item.deadline,
      item.statusLabel,
      item.supervisionCount
    )
  )
  writeAudit(ctx.db, ctx.clock, {
    entity: 'notice',
    entityId: id,
    action: 'issue',
    summary: `印发${NOTICE_KIND_LABEL[notice.series]}${notice.number}（主送${notice.unitName}，${notice.items.length}项，${notice.replyDue}前反馈）`,
    after: {
      number: notice.number,
      unit: notice.unitName,
      items: notice.items.length,
      replyDue: notice.replyDue
    }
  })
  return id
}

/** Records (or, with null, clears) the date a unit replied in writing. */
export function markReplied(
  ctx: AppContext,
  id: number,
  repliedOn: IsoDate | null,
  asOf: IsoDate
): NoticeRegisterRow {
  return ctx.db.transaction(() => {
    const before = registerRow(ctx, id, asOf)
    if (repliedOn !== null && repliedOn < before.issuedOn)
      throw new UserError(
        'invalid-input',
        `反馈日期（${repliedOn}）不能早于${before.number}的印发日期（${before.issuedOn}）`
      )
    if (before.repliedOn === repliedOn) return before
    ctx.db.prepare('UPDATE notice SET replied_on = ? WHERE id = ?').run(repliedOn, id)
    writeAudit(ctx.db, ctx.clock, {
      entity: 'notice',
      entityId: id,
      action: 'update',
      summary:
        repliedOn === null
          ? `撤销${before.number}（${before.unit}）的反馈登记`
          : `登记${before.number}（${before.unit}）已于${repliedOn}书面反馈`,
      before: { repliedOn: before.repliedOn },
      after: { repliedOn }
    })
    return registerRow(ctx, id, asOf)
  })()
}

/** A 督办通知 to chase: not replied, reply deadline passed on `asOf`, not chased before. */
export type ReminderTarget = Pick<
  NoticeRegisterRow,
  'number' | 'title' | 'issuedOn' | 'replyDue' | 'unit'
> & {
  noticeId: number
  unitId: number
}

export function reminderTargets(db: Database, asOf: IsoDate, only?: readonly number[]): ReminderTarget[] {
  const rows = select<ReminderTarget>(
    db,
    `SELECT n.id AS noticeId, n.number, n.title, n.issued_on AS issuedOn, n.reply_due AS replyDue,
              n.unit_id AS unitId, coalesce(u.name, n.unit_name) AS unit
         FROM notice n LEFT JOIN unit u ON u.id = n.unit_id
        WHERE n.series = 'supervision' AND n.replied_on IS NULL AND n.reply_due < ? AND n.unit_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM notice r WHERE r.cites_notice_id = n.id)
        ORDER BY n.issued_on, n.seq`
  ).all(asOf)
  return only ? rows.filter((r) => only.includes(r.noticeId)) : rows
}

/** An item a notice listed, with its link (null once the linked record is gone), as registered. */
type RegisteredItem = Pick<Row<'notice_item'>, 'kind' | 'title' | 'place' | 'deadline'> & {
  refId: number | null
}

/** The items a notice listed, with their links, as registered. */
export function noticeItems(db: Database, noticeId: number): RegisteredItem[] {
  return select<RegisteredItem>(
    db,
    `SELECT kind, coalesce(village_item_id, task_id) AS refId, title, place, deadline FROM notice_item
        WHERE notice_id = ? ORDER BY seq`
  ).all(noticeId)
}
