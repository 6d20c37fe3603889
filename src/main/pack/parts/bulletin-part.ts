import { join } from 'node:path'
import { addDays, formatChineseDate, yearOf } from '../../../shared/civil-date'
import type { PackOptions } from '../../../shared/contract'
import type { AppContext } from '../../app-context'
import { bulletinTitle, buildBulletin } from '../../assessment/documents/bulletin-docx'
import { prepareBulletinIfScored, recordBulletin } from '../../assessment/documents/report-service'
import { latestScoredRound } from '../../assessment/round-store'
import { writeFileAtomic } from '../../system/atomic-file'
import type { PackPart } from '../pack-part'

const latestRound = (ctx: AppContext, options: PackOptions) => latestScoredRound(ctx.db, options.asOf)

const requestOf = (roundId: number, options: PackOptions) => ({
  roundId,
  asOf: options.asOf,
  issuedOn: options.issuedOn,
  deadline: addDays(options.issuedOn, options.bulletin.rectifyDays)
})

/**
 * 05 测评通报.docx: the 测评通报 of the latest scored 测评 round as the 测评 page writes it, figures as of
 * the 统计截止日期, 整改时限 the chosen days after 印发. Numbered in the 督办 series after the pack's own
 * 督办通知 (02), registered when the pack commits.
 */
export const bulletinPart: PackPart = {
  key: 'bulletin',
  title: '测评通报',
  included: (options) => options.bulletin.include,
  officeDocuments: (ctx, options) => (latestRound(ctx, options) ? ['supervision'] : []),
  describe(ctx, options) {
    const round = latestRound(ctx, options)
    if (round === null) return { applies: false, note: '还没有测评结果' }
    return {
      applies: true,
      note: `${round.name}，整改时限${formatChineseDate(addDays(options.issuedOn, options.bulletin.rectifyDays))}`
    }
  },
  read(ctx, options, numbers) {
    const round = latestRound(ctx, options)
    if (round === null) return null
    const year = yearOf(options.issuedOn)
    const prepared = prepareBulletinIfScored(
      ctx,
      requestOf(round.id, options),
      numbers.taken('supervision', year)
    )
    if (prepared === null) return null
    numbers.take('supervision', year, 1)
    return {
      async write(w) {
        const name = `${w.number} 测评通报.docx`
        writeFileAtomic(join(w.dir, name), await buildBulletin(prepared.content))
        const p = prepared.content.score.problems
        return {
          name,
          files: 1,
          detail: `${prepared.number}《${bulletinTitle(prepared.roundName).join('')}》，问题${p.total}个、未销号${p.open}个`
        }
      },
      register(ctx2) {
        recordBulletin(ctx2, prepared)
      }
    }
  }
}
