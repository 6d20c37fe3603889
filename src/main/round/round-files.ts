import JSZip from 'jszip'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { IsoDate } from '../../shared/civil-date'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { fileNameOf } from '../documents/output-files'
import { requireOfficeNames } from '../settings/office-names'
import { writeAudit } from '../store/audit'
import { writeFileAtomic } from '../system/atomic-file'
import { noticeNumber, registerNoticeNumber } from './round-notice-number'
import { fillNotice, type RoundOffice } from './round-docx'
import { itemKindsOf, readRound, roundItemsOf, roundUnits } from './round-queries'
import { unitWorkbook } from './round-workbook'

export interface WrittenRoundFiles {
  folder: string
  zip: string
  notice: string
  files: { unit: string; path: string; items: number }[]
}

export function roundOffice(ctx: AppContext, contact: string): RoundOffice {
  const settings = ctx.settings()
  requireOfficeNames(settings, 'reminder')
  const fallback = [settings.contactPerson, settings.contactPhone].filter(Boolean).join('，')
  return {
    officeName: settings.officeName,
    officeShortName: settings.officeShortName,
    contact: contact || fallback
  }
}

/**
 * Writes every unit's 填报表 (`<title>-<unit>.xlsx`) and the 填报通知 into `<parent>/<title>/`, built in a
 * temporary folder and renamed when whole, then `<parent>/<title>.zip` of that folder. An existing folder
 * of the same name is refused rather than mixed with (a clerk may already have sent it out).
 */
export async function writeRoundFiles(
  ctx: AppContext,
  roundId: number,
  parent: string,
  issuedOn: IsoDate
): Promise<WrittenRoundFiles> {
  const round = readRound(ctx.db, roundId)
  const office = roundOffice(ctx, round.contact)
  const folderName = fileNameOf(round.title, 'x').slice(0, -2)
  const folder = join(parent, folderName)
  const zipPath = join(parent, `${folderName}.zip`)
  if (existsSync(folder) || existsSync(zipPath)) {
    throw new UserError(
      'conflict',
      `所选位置已有“${folderName}”文件夹或压缩包，未写入任何文件。请另选位置，或先移走原有文件。`
    )
  }
  const units = roundUnits(ctx.db, roundId)
  const number = noticeNumber(ctx, roundId, issuedOn)
  const temp = join(parent, `.${folderName}-${randomBytes(4).toString('hex')}.tmp`)
  mkdirSync(temp)
  try {
    const files: WrittenRoundFiles['files'] = []
    const zip = new JSZip()
    const top = zip.folder(folderName)!
    for (const unit of units) {
      const items = roundItemsOf(ctx.db, roundId, unit.unitId)
      const bytes = await unitWorkbook(
        {
          id: roundId,
          title: round.title,
          asOf: round.asOf,
          due: round.due,
          contact: office.contact,
          office: office.officeName
        },
        { id: unit.unitId, name: unit.unit },
        items
      )
      const name = fileNameOf(`${round.title}-${unit.unit}`, 'xlsx')
      writeFileAtomic(join(temp, name), bytes)
      // An .xlsx is a zip already: stored, not deflated again.
      top.file(name, bytes, { compression: 'STORE' })
      files.push({ unit: unit.unit, path: join(folder, name), items: items.length })
    }
    const noticeName = fileNameOf(`关于报送${round.title}的通知`, 'docx')
    const noticeBytes = await fillNotice(
      office,
      { ...round, itemKinds: itemKindsOf(round) },
      number.number,
      issuedOn,
      files.map((f) => ({ unit: f.unit, items: f.items, file: f.path.slice(folder.length + 1) }))
    )
    writeFileAtomic(join(temp, noticeName), noticeBytes)
    top.file(noticeName, noticeBytes)
    const zipBytes = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 }
    })
    renameSync(temp, folder)
    try {
      writeFileAtomic(zipPath, zipBytes)
      ctx.db.transaction(() => {
        ctx.db.prepare('UPDATE round SET files_written_at = ? WHERE id = ?').run(ctx.clock.now(), roundId)
        registerNoticeNumber(ctx, roundId, number, issuedOn)
        writeAudit(ctx.db, ctx.clock, {
          entity: 'round',
          entityId: roundId,
          action: 'issue',
          summary: `生成“${round.title}”填报表${files.length}份及填报通知（${number.number}）`,
          after: { folder: folderName, files: files.length, number: number.number }
        })
      })()
    } catch (error) {
      rmSync(folder, { recursive: true, force: true })
      rmSync(zipPath, { force: true })
      throw error
    }
    return { folder, zip: zipPath, notice: join(folder, noticeName), files }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true })
    throw error
  }
}
