import { yearOf, type IsoDate } from '../../shared/civil-date'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { documentNumber } from '../documents/wording'
import type { Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'

export interface NoticeNumber {
  year: number
  seq: number
  /** 示例文明办〔2025〕3号: the office's 机关代字 (发文机关简称), its own series, no type code. */
  number: string
}

/**
 * The 发文字号 a round's 填报通知 gets when its files are written on `issuedOn`: the one it already has
 * when written again in the same year (the files are the same, so is the notice), else the next in the
 * office's series for that year. Taken for real by registerNoticeNumber, inside the commit.
 */
export function noticeNumber(ctx: AppContext, roundId: number, issuedOn: IsoDate): NoticeNumber {
  const year = yearOf(issuedOn)
  const held = select<Row<'round_notice'>>(ctx.db, 'SELECT * FROM round_notice WHERE round_id = ?').get(
    roundId
  )
  if (held && held.year === year) return { year, seq: held.seq, number: held.number }
  const last = selectValue<number | null>(ctx.db, 'SELECT max(seq) FROM round_notice WHERE year = ?').one(
    year
  )
  const seq = (last ?? 0) + 1
  return { year, seq, number: documentNumber(ctx.settings().officeShortName, year, seq) }
}

/**
 * Records the number in the caller's transaction. Another window that numbered another round's notice
 * meanwhile makes UNIQUE (year, seq) refuse it: the caller's files are then removed and nothing is kept.
 */
export function registerNoticeNumber(
  ctx: AppContext,
  roundId: number,
  n: NoticeNumber,
  issuedOn: IsoDate
): void {
  try {
    ctx.db
      .prepare(
        `INSERT INTO round_notice (round_id, year, seq, number, issued_on, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (round_id) DO UPDATE SET year = excluded.year, seq = excluded.seq,
           number = excluded.number, issued_on = excluded.issued_on`
      )
      .run(roundId, n.year, n.seq, n.number, issuedOn, ctx.clock.now())
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed/.test(error.message))
      throw new UserError(
        'conflict',
        `发文字号“${n.number}”刚被其他窗口用于另一份填报通知，本次未写入任何文件，请重新生成。`
      )
    throw error
  }
}
