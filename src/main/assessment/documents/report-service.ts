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
import { bulletinContent } from './bulletin-content'
import { buildBulletin, bulletinTitle } from './bulletin-docx'
import { buildHandover } from './handover-docx'
import { rectificationWorkbook } from './rectification-xlsx'

export interface BulletinRequest {
  roundId: number
  asOf: IsoDate
  issuedOn: IsoDate
  deadline: IsoDate
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
  const settings = ctx.settings()
  requireOfficeNames(settings, 'supervision')
  const round = roundRow(ctx.db, req.roundId)
  if (req.deadline < req.issuedOn)
    throw new UserError('invalid-input', `整改时限（${req.deadline}）不能早于发文日期（${req.issuedOn}）。`)
  const year = yearOf(req.issuedOn)
  const seq = nextSeq(ctx.db, 'supervision', year)
  const number = documentNumber(settings.supervisionPrefix, year, seq)
  const content = bulletinContent(ctx, round.id, req, number)
  if (content.score.areas.length === 0)
    throw new UserError(
      'invalid-input',
      `${round.name}还没有测评结果，不能生成测评通报。请先导入或录入测评结果。`
    )
  writeFileAtomic(path, await buildBulletin(content))
  try {
    ctx.db.transaction(() => {
      const id = Number(
        ctx.db
          .prepare(
            `INSERT INTO assessment_bulletin (round_id, year, seq, number, issued_on, as_of, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`
          )
          .run(round.id, year, seq, number, req.issuedOn, req.asOf, ctx.clock.now()).lastInsertRowid
      )
      writeAudit(ctx.db, ctx.clock, {
        entity: 'assessment_bulletin',
        entityId: id,
        action: 'issue',
        summary: `印发测评通报${number}《${bulletinTitle(round.name).join('')}》`,
        after: { number, round: round.name, asOf: req.asOf }
      })
    })()
  } catch (error) {
    removeFiles([path])
    throw error
  }
  return { number }
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
