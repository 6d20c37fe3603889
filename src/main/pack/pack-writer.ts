import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { PackOptions, PackPartResult } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'
import { buildContents, type ContentsLine } from './contents-docx'
import type { PackJob } from './pack-job'
import { checkPackOfficeNames } from './pack-office'
import { packNumbers } from './pack-numbers'
import type { ReadPart } from './pack-part'
import { placePack, recoverPacks, stagingName } from './pack-recovery'
import { insertPack, markPlaced } from './pack-store'
import { zipFolder } from './pack-zip'
import { PACK_PARTS } from './parts'

export interface PackWritten {
  folder: string
  zip: string
  folderName: string
  parts: PackPartResult[]
  snapshotAt: string
}

/** `2026-12-04 领导小组会议`: the pack's folder name (the .zip is the same name). */
export function packFolderName(options: Pick<PackOptions, 'meetingDate' | 'title'>): string {
  return `${options.meetingDate} ${options.title.trim()}`
}

const numberOf = (index: number): string => String(index + 1).padStart(2, '0')

/** Test seam: runs at named moments of the write (the crash trial kills the process at one of them). */
export type PackHook = (moment: 'parts-written' | 'committed' | 'placed') => void

/**
 * Writes a 会议材料包 into `outDir`:
 * 1. refuses before anything is written when an office name is missing or the folder or .zip exists;
 * 2. reads every part in one read transaction (the snapshot; its time goes into the 材料目录);
 * 3. writes the parts, the 目录 and the .zip into a staging folder beside the target, handing the event
 *    loop back between documents so the page can poll progress and cancel;
 * 4. commits: one transaction registers what the parts issued (期号, 文号) and the pack's row, which names
 *    the staging folder;
 * 5. renames the folder and the .zip into place and clears the row's staging name.
 * A failure or a cancel before 4 removes the staging folder: nothing registered, nothing left. A crash
 * between 4 and 5 is finished by recoverPacks (pack-recovery.ts) before the next pack.
 */
export async function writePack(
  ctx: AppContext,
  options: PackOptions,
  outDir: string,
  job: PackJob,
  hook: PackHook = () => undefined
): Promise<PackWritten> {
  checkPackOfficeNames(ctx, options)
  if (!existsSync(outDir) || !statSync(outDir).isDirectory())
    throw new UserError('invalid-input', `保存位置不存在：${outDir}`)
  const folderName = packFolderName(options)
  const folder = join(outDir, folderName)
  const zip = `${folder}.zip`
  for (const target of [folder, zip])
    if (existsSync(target))
      throw new UserError(
        'conflict',
        `“${target}”已存在，未写入任何文件。请换一个会议名称或日期，或先移走原有的会议材料。`
      )
  const included = PACK_PARTS.map((part, i) => ({ part, number: numberOf(i) })).filter(({ part }) =>
    part.included(options)
  )
  job.start(included.length + 3)
  let staging: string | null = null
  try {
    recoverPacks(ctx.db, outDir)
    const snapshotAt = ctx.clock.now()
    // One read transaction: SQLite holds its read lock from the first read to the end, so every part
    // reads the same state of the data file, whatever another window writes meanwhile.
    const numbers = packNumbers()
    const reads = ctx.db.transaction(() =>
      included
        .map(({ part, number }) => ({ part, number, read: part.read(ctx, options, numbers) }))
        .filter((r): r is typeof r & { read: ReadPart } => r.read !== null)
    )()
    if (reads.length === 0)
      throw new UserError('invalid-input', '所选材料截至统计截止日期都没有内容可写，未生成会议材料。')

    staging = join(outDir, stagingName(folderName, randomBytes(4).toString('hex')))
    const stagedFolder = join(staging, folderName)
    mkdirSync(stagedFolder, { recursive: true })
    const lines: ContentsLine[] = []
    const parts: PackPartResult[] = []
    for (const [i, { part, number, read }] of reads.entries()) {
      job.step(part.title, i + 1)
      await job.checkpoint()
      const written = await read.write({ dir: stagedFolder, number, checkpoint: () => job.checkpoint() })
      lines.push({ number, name: written.name, files: written.files, detail: written.detail })
      parts.push({ key: part.key, name: written.name, files: written.files })
    }

    job.step('材料目录', reads.length + 1)
    await job.checkpoint()
    const settings = ctx.settings()
    const contentsName = '00 材料目录.docx'
    writeFileAtomic(
      join(stagedFolder, contentsName),
      await buildContents({
        meetingTitle: options.title.trim(),
        meetingDate: options.meetingDate,
        asOf: options.asOf,
        snapshotAt,
        officeName: settings.officeName,
        lines
      })
    )
    parts.unshift({ key: 'contents', name: contentsName, files: 1 })

    job.step('压缩包', reads.length + 2)
    await job.checkpoint()
    writeFileAtomic(join(staging, `${folderName}.zip`), await zipFolder(stagedFolder, folderName))
    hook('parts-written')

    job.step('登记', reads.length + 3)
    await job.checkpoint()
    const files = parts.reduce((sum, p) => sum + p.files, 0)
    const stagedAt = staging
    const id = ctx.db.transaction(() => {
      for (const { read } of reads) read.register?.(ctx)
      return insertPack(ctx.db, ctx.clock, {
        title: options.title.trim(),
        meetingDate: options.meetingDate,
        asOf: options.asOf,
        snapshotAt,
        folder,
        staging: stagedAt,
        options,
        files
      })
    })()
    staging = null // committed: from here on the pack is finished, never undone
    hook('committed')
    placePack(stagedAt, folder)
    markPlaced(ctx.db, id)
    hook('placed')
    job.finish('done')
    return { folder, zip, folderName, parts, snapshotAt }
  } catch (error) {
    if (staging !== null) rmSync(staging, { recursive: true, force: true })
    job.finish(error instanceof UserError && error.code === 'cancelled' ? 'cancelled' : 'failed')
    throw error
  }
}
