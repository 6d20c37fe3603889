import { join } from 'node:path'
import { yearOf, type IsoDate } from '../../shared/civil-date'
import type { ReturnProblem, RoundReminderRow } from '../../shared/contract/round'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { fileNameOf, removeFiles, writeAllOrNone } from '../documents/output-files'
import { documentNumber } from '../documents/wording'
import { nextSeq } from '../notice/notice-register'
import { writeAudit } from '../store/audit'
import { select } from '../store/typed-query'
import { writeFileAtomic } from '../system/atomic-file'
import { roundBoard } from './round-board'
import { chaseNotice, returnNote } from './round-docx'
import { roundOffice } from './round-files'
import { receivedOn } from './round-receive'
import { readRound, roundItemsOf } from './round-queries'

export interface ReturnRequest {
  unitId: number
  reason: string
  itemReasons: readonly { roundItemId: number; reason: string }[]
  /** The checked file being sent back (name, checksum, its problems), if any. */
  file: { name: string; checksum: string; problems: ReturnProblem[] } | null
  asOf: IsoDate
}

/**
 * 退回: writes the 退回说明 (.docx) listing what to fix, then records the send-back (reason per item or
 * for the whole file, the file's problems) in one audited transaction; the file is removed again if the
 * record fails. The unit shows as 已退回 until a later return is accepted.
 */
export async function returnToUnit(
  ctx: AppContext,
  roundId: number,
  req: ReturnRequest,
  folder: string
): Promise<{ returnId: number; unit: string; path: string }> {
  const round = readRound(ctx.db, roundId)
  const unit = select<{ unit: string }>(
    ctx.db,
    'SELECT unit_name AS unit FROM round_unit WHERE round_id = ? AND unit_id = ?'
  ).get(roundId, req.unitId)
  if (!unit) throw new UserError('invalid-input', '该单位不在本轮填报范围内')
  const items = new Map(roundItemsOf(ctx.db, roundId, req.unitId).map((i) => [i.id, i]))
  const listed = req.itemReasons.map((r) => {
    const item = items.get(r.roundItemId)
    if (!item) throw new UserError('invalid-input', `退回的事项不属于${unit.unit}本轮的填报事项`)
    return { code: item.code, title: item.title, reason: r.reason }
  })
  const fileProblems = req.file?.problems ?? []
  const office = roundOffice(ctx, round.contact)
  const bytes = await returnNote(office, round, unit.unit, req.asOf, req.reason, listed, req.file?.name ?? '')
  const path = join(folder, fileNameOf(`${round.title}-${unit.unit}-退回说明`, 'docx'))
  writeFileAtomic(path, bytes)
  try {
    const returnId = ctx.db.transaction(() => {
      const id = Number(
        ctx.db
          .prepare(
            `INSERT INTO round_return (round_id, unit_id, file_name, checksum, received_at, outcome, problems, reason, created_at)
             VALUES (?, ?, ?, ?, ?, 'returned', ?, ?, ?)`
          )
          .run(
            roundId,
            req.unitId,
            (req.file?.name ?? '').slice(0, 300),
            req.file?.checksum ?? null,
            receivedOn(ctx, roundId, req.unitId, req.file?.checksum ?? null, req.asOf),
            JSON.stringify([
              ...fileProblems,
              ...req.itemReasons.map((r) => ({
                sheet: null,
                row: null,
                column: null,
                message: `${items.get(r.roundItemId)!.code}：${r.reason}`
              }))
            ]),
            req.reason,
            ctx.clock.now()
          ).lastInsertRowid
      )
      writeAudit(ctx.db, ctx.clock, {
        entity: 'round',
        entityId: roundId,
        action: 'update',
        summary: `退回${unit.unit}报送的“${round.title}”填报表${req.reason ? `：${req.reason.slice(0, 60)}` : `（${listed.length}项）`}`,
        after: { returnId: id, reason: req.reason, items: listed.length }
      })
      return id
    })()
    return { returnId, unit: unit.unit, path }
  } catch (error) {
    removeFiles([path])
    throw error
  }
}

/**
 * 催报: one 催报通知 per unit still 未报 after the due date, numbered on in the reminder series of the
 * 发文登记 (shared with the 催办通知). Files first (all or none), then the register rows in one transaction.
 */
export async function remindMissing(
  ctx: AppContext,
  roundId: number,
  asOf: IsoDate,
  issuedOn: IsoDate,
  folder: string
): Promise<{ reminders: (RoundReminderRow & { path: string })[]; skipped: string[] }> {
  const round = readRound(ctx.db, roundId)
  if (asOf <= round.due) {
    throw new UserError('invalid-input', `报送截止日期（${round.due}）尚未过去，暂不需要催报`)
  }
  const board = roundBoard(ctx, roundId, asOf)
  const missing = board.units.filter((u) => u.state === 'missing')
  if (missing.length === 0) return { reminders: [], skipped: ['所有单位均已报送，无需催报'] }
  const office = roundOffice(ctx, round.contact)
  const prefix = ctx.settings().reminderPrefix
  const year = yearOf(issuedOn)
  let seq = nextSeq(ctx.db, 'reminder', year)
  const prepared: {
    unitId: number
    unit: string
    number: string
    seq: number
    name: string
    bytes: Buffer
  }[] = []
  for (const u of missing) {
    const number = documentNumber(prefix, year, seq)
    prepared.push({
      unitId: u.unitId,
      unit: u.unit,
      number,
      seq,
      name: fileNameOf(`${number}-${u.unit}-催报通知`, 'docx'),
      bytes: await chaseNotice(office, round, u.unit, number, issuedOn, u.items)
    })
    seq++
  }
  const paths = writeAllOrNone(
    folder,
    prepared.map((p) => ({ name: p.name, bytes: p.bytes }))
  )
  try {
    const ids = ctx.db.transaction(() =>
      prepared.map((p) => {
        const id = Number(
          ctx.db
            .prepare(
              `INSERT INTO round_reminder (round_id, unit_id, unit_name, year, seq, number, issued_on, as_of, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
            )
            .run(roundId, p.unitId, p.unit, year, p.seq, p.number, issuedOn, asOf, ctx.clock.now())
            .lastInsertRowid
        )
        writeAudit(ctx.db, ctx.clock, {
          entity: 'round',
          entityId: roundId,
          action: 'issue',
          summary: `向${p.unit}发出催报通知 ${p.number}（${round.title}）`,
          after: { number: p.number, unit: p.unit }
        })
        return id
      })
    )()
    return {
      reminders: prepared.map((p, i) => ({
        id: ids[i],
        unitId: p.unitId,
        unit: p.unit,
        number: p.number,
        issuedOn,
        file: null,
        path: paths[i]
      })),
      skipped: []
    }
  } catch (error) {
    removeFiles(paths)
    throw error
  }
}
