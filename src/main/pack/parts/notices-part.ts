import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { NoticeRegisterRow, PackOptions } from '../../../shared/contract'
import type { AppContext } from '../../app-context'
import { fileNameOf } from '../../documents/output-files'
import { buildNotice } from '../../notice/notice-docx'
import { listRegister, replyStatus } from '../../notice/notice-register'
import {
  prepareNotices,
  previewNotices,
  registerNotices,
  type PreparedBatch
} from '../../notice/notice-service'
import { registerWorkbook } from '../../notice/register-xlsx'
import { writeFileAtomic } from '../../system/atomic-file'
import type { PackPart } from '../pack-part'

/** The 督办通知 keys (unit:<id>) the options ask for among the units that have overdue items. */
function supervisionKeys(ctx: AppContext, options: PackOptions): string[] {
  const plan = previewNotices(ctx, options.asOf, options.issuedOn, {
    kind: 'supervision',
    selection: { mode: 'overdue' }
  })
  const wanted = options.notices.units === 'overdue' ? null : new Set(options.notices.units)
  return plan.groups.filter((g) => wanted === null || wanted.has(g.unitId)).map((g) => g.key)
}

function reminderCount(ctx: AppContext, options: PackOptions): number {
  if (!options.notices.reminders) return 0
  return previewNotices(ctx, options.asOf, options.issuedOn, { kind: 'reminder' }).groups.length
}

/** The register as it will read once the batches are registered: what is there, plus the new notices. */
function registerAfter(
  ctx: AppContext,
  batches: readonly PreparedBatch[],
  options: PackOptions,
  year: number
): NoticeRegisterRow[] {
  const calendar = ctx.calendar()
  const existing = listRegister(ctx, options.asOf, year)
  const byNumber = new Map(existing.map((r) => [r.number, r]))
  const added: NoticeRegisterRow[] = []
  for (const batch of batches)
    for (const p of batch.notices) {
      const cited = p.notice.cites ? byNumber.get(p.notice.cites.number) : undefined
      if (cited && cited.remindedBy === null) cited.remindedBy = p.number
      const row = { replyDue: batch.plan.replyDue, repliedOn: null }
      added.push({
        id: 0,
        series: batch.plan.kind,
        number: p.number,
        year: batch.year,
        seq: p.seq,
        issuedOn: options.issuedOn,
        asOf: options.asOf,
        unitId: p.notice.unitId,
        unit: p.notice.unit,
        title: p.notice.title.join(''),
        items: p.notice.lines.length,
        ...row,
        cites: p.notice.cites?.number ?? null,
        remindedBy: null,
        ...replyStatus(row, options.asOf, calendar)
      })
    }
  return [...existing, ...added]
}

/**
 * 02 督办通知/: one 督办通知 per unit with overdue items (all, or the units chosen), a 催办通知 for each
 * 督办通知 unanswered past its 反馈时限 when asked, and the 发文登记表 as it reads with them registered.
 * Numbered (文号) when read, registered when the pack commits.
 */
export const noticesPart: PackPart = {
  key: 'notices',
  title: '督办通知',
  included: (options) => options.notices.include,
  officeDocuments: (_ctx, options) =>
    options.notices.reminders ? ['supervision', 'reminder'] : ['supervision'],
  describe(ctx, options) {
    const units = supervisionKeys(ctx, options).length
    const reminders = reminderCount(ctx, options)
    if (units + reminders === 0) return { applies: false, note: '没有需要督办或催办的单位' }
    return {
      applies: true,
      note: `督办${units}个单位${reminders > 0 ? `，催办${reminders}份` : ''}`
    }
  },
  read(ctx, options, numbers) {
    const batches: PreparedBatch[] = []
    const keys = supervisionKeys(ctx, options)
    const base = { asOf: options.asOf, issuedOn: options.issuedOn }
    if (keys.length > 0)
      batches.push(
        prepareNotices(ctx, {
          ...base,
          request: { kind: 'supervision', selection: { mode: 'overdue' } },
          keys
        })
      )
    if (reminderCount(ctx, options) > 0)
      batches.push(prepareNotices(ctx, { ...base, request: { kind: 'reminder' } }))
    if (batches.length === 0) return null
    for (const batch of batches) numbers.take(batch.plan.kind, batch.year, batch.notices.length)
    const year = batches[0].year
    const rows = registerAfter(ctx, batches, options, year)
    const officeName = ctx.settings().officeName
    return {
      async write(w) {
        const name = `${w.number} 督办通知`
        const folder = join(w.dir, name)
        mkdirSync(folder)
        let files = 0
        for (const batch of batches)
          for (const p of batch.notices) {
            await w.checkpoint()
            writeFileAtomic(join(folder, p.fileName), await buildNotice(p.content))
            files++
          }
        const register = fileNameOf(`发文登记表（${year}年）`, 'xlsx')
        writeFileAtomic(join(folder, register), await registerWorkbook(rows, options.asOf, officeName))
        const [supervision, reminder] = [
          batches.find((b) => b.plan.kind === 'supervision'),
          batches.find((b) => b.plan.kind === 'reminder')
        ]
        const detail = [
          supervision ? `督办通知${supervision.notices.length}份` : '',
          reminder ? `催办通知${reminder.notices.length}份` : '',
          '发文登记表1份'
        ]
          .filter((s) => s !== '')
          .join('、')
        return { name, files: files + 1, detail }
      },
      register(ctx2) {
        for (const batch of batches) registerNotices(ctx2, batch)
      }
    }
  }
}
