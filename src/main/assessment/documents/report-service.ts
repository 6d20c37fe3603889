import type { IsoDate } from '../../../shared/civil-date'
import { yearOf } from '../../../shared/civil-date'
import { UserError } from '../../../shared/errors'
import type { AppContext } from '../../app-context'
import { documentNumber } from '../../documents/wording'
import { fileNameOf, removeFiles, writeAllOrNone } from '../../documents/output-files'
import { nextSeq } from '../../notice/notice-register'
import { requireOfficeNames } from '../../settings/office-names'
import { writeAudit } from '../../store/audit'
import { writeFileAtomic } from '../../system/atomic-file'
import { listProblems } from '../problem-service'
import { roundRow } from '../round-store'
import { bulletinContent, type BulletinContent } from './bulletin-content'
import { buildBulletin, bulletinTitle } from './bulletin-docx'
import { buildHandover } from './handover-docx'
import { rectificationWorkbook } from './rectification-xlsx'

export interface BulletinRequest {
  roundId: number
  asOf: IsoDate
  issuedOn: IsoDate
  deadline: IsoDate
}

/** A 测评通报 read and numbered, not yet written or registered (the 会议材料包 writes it later). */
export interface PreparedBulletin {
  roundId: number
  roundName: string
  year: number
  seq: number
  number: string
  content: BulletinContent
}

/**
 * Reads and numbers a 测评通报: its 发文字号 is the 督办 series' next of the year, plus `taken` numbers
 * that others in the same batch (the pack's 督办通知) hold but have not yet registered. Null when the
 * round has no results as of the date; refused while an office name is empty or the 整改时限 is before 印发.
 */
export function prepareBulletinIfScored(
  ctx: AppContext,
  req: BulletinRequest,
  taken = 0
): PreparedBulletin | null {
  const settings = ctx.settings()
  requireOfficeNames(settings, 'supervision')
  const round = roundRow(ctx.db, req.roundId)
  if (req.deadline < req.issuedOn)
    throw new UserError('invalid-input', `整改时限（${req.deadline}）不能早于发文日期（${req.issuedOn}）。`)
  const year = yearOf(req.issuedOn)
  const seq = nextSeq(ctx.db, 'supervision', year) + taken
  const number = documentNumber(settings.supervisionPrefix, year, seq)
  const content = bulletinContent(ctx, round.id, req, number)
  if (content.score.areas.length === 0) return null
  return { roundId: round.id, roundName: round.name, year, seq, number, content }
}

/** As prepareBulletinIfScored, refusing a round without results. */
export function prepareBulletin(ctx: AppContext, req: BulletinRequest): PreparedBulletin {
  const prepared = prepareBulletinIfScored(ctx, req)
  if (prepared === null)
    throw new UserError(
      'invalid-input',
      `${roundRow(ctx.db, req.roundId).name}还没有测评结果，不能生成测评通报。请先导入或录入测评结果。`
    )
  return prepared
}

/** Registers a written 测评通报 (its 发文字号 in the 督办 series), audited; call inside a transaction. */
export function recordBulletin(ctx: AppContext, b: PreparedBulletin): void {
  if (nextSeq(ctx.db, 'supervision', b.year) > b.seq)
    throw new UserError('conflict', `生成期间已另行登记了${b.number}，本次未登记任何材料，请重新生成。`)
  const { content } = b
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO assessment_bulletin (round_id, year, seq, number, issued_on, as_of, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`
      )
      .run(b.roundId, b.year, b.seq, b.number, content.issuedOn, content.asOf, ctx.clock.now())
      .lastInsertRowid
  )
  writeAudit(ctx.db, ctx.clock, {
    entity: 'assessment_bulletin',
    entityId: id,
    action: 'issue',
    summary: `印发测评通报${b.number}《${bulletinTitle(b.roundName).join('')}》`,
    after: { number: b.number, round: b.roundName, asOf: content.asOf }
  })
}

/**
 * Writes the 测评通报 to `path` (temporary name, then rename) and registers its 发文字号 in the 督办
 * series of the year, in one audited transaction; a failed registration removes the file again.
 */
export async function writeBulletin(
  ctx: AppContext,
  req: BulletinRequest,
  path: string
): Promise<{ number: string }> {
  const prepared = prepareBulletin(ctx, req)
  writeFileAtomic(path, await buildBulletin(prepared.content))
  try {
    ctx.db.transaction(() => recordBulletin(ctx, prepared))()
  } catch (error) {
    removeFiles([path])
    throw error
  }
  return { number: prepared.number }
}

/** 问题整改交办单: one .docx per unit the round's problems were handed to, all written or none. */
export async function writeHandovers(
  ctx: AppContext,
  req: { roundId: number; asOf: IsoDate; issuedOn: IsoDate },
  folder: string
): Promise<string[]> {
  const settings = ctx.settings()
  requireOfficeNames(settings, 'supervision')
  const round = roundRow(ctx.db, req.roundId)
  const problems = listProblems(ctx, req.asOf, { roundId: round.id }).filter(
    (p) => p.unit !== null && p.state !== 'closed'
  )
  if (problems.length === 0)
    throw new UserError('invalid-input', `${round.name}没有已交办且未销号的问题，请先在问题清单中交办。`)
  const byUnit = new Map<string, typeof problems>()
  for (const p of problems) byUnit.set(p.unit ?? '', [...(byUnit.get(p.unit ?? '') ?? []), p])
  const files: { name: string; bytes: Buffer }[] = []
  for (const [unit, list] of byUnit) {
    files.push({
      name: fileNameOf(`${round.name}问题整改交办单-${unit}`, 'docx'),
      bytes: await buildHandover({
        round: round.name,
        unit,
        officeName: settings.officeName,
        officeShortName: settings.officeShortName,
        issuedOn: req.issuedOn,
        problems: list
      })
    })
  }
  return writeAllOrNone(folder, files)
}

/** 整改台账 (.xlsx) of one round or of every round. */
export async function writeRectificationLedger(
  ctx: AppContext,
  req: { roundId?: number; asOf: IsoDate },
  path: string
): Promise<number> {
  const round = req.roundId !== undefined ? roundRow(ctx.db, req.roundId) : null
  const rows = listProblems(ctx, req.asOf, req.roundId !== undefined ? { roundId: req.roundId } : {})
  const title = `${round ? round.name : ''}城中村常态长效测评问题整改台账`
  writeFileAtomic(path, await rectificationWorkbook(rows, req.asOf, title))
  return rows.length
}
