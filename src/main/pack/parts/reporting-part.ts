import { join } from 'node:path'
import { formatChineseDate } from '../../../shared/civil-date'
import { latestRoundFor, roundBoard } from '../../round/round-board'
import { readRound } from '../../round/round-queries'
import { buildRoundStatus } from '../../round/round-status-docx'
import { writeFileAtomic } from '../../system/atomic-file'
import type { PackPart } from '../pack-part'

/**
 * 04 报送情况.docx: the latest reporting round's 报送情况, counting the returns received by the 印发日期, as
 * the 简报's 报送情况 sentence counts them (the same round when the 简报 speaks of one). Not numbered.
 */
export const reportingPart: PackPart = {
  key: 'reporting',
  title: '报送情况',
  included: (options) => options.reporting.include,
  officeDocuments: () => [],
  describe(ctx, options) {
    const id = latestRoundFor(ctx, options.asOf, options.issuedOn)
    if (id === null) return { applies: false, note: '还没有填报轮次' }
    const board = roundBoard(ctx, id, options.issuedOn)
    return { applies: true, note: `${board.title}（${board.units.length}个单位）` }
  },
  read(ctx, options) {
    const id = latestRoundFor(ctx, options.asOf, options.issuedOn)
    if (id === null) return null
    const board = roundBoard(ctx, id, options.issuedOn)
    const roundAsOf = readRound(ctx.db, id).asOf
    const officeName = ctx.settings().officeName
    return {
      async write(w) {
        const name = `${w.number} 报送情况.docx`
        const bytes = await buildRoundStatus({
          board,
          roundAsOf,
          until: options.issuedOn,
          officeName,
          issuedOn: options.issuedOn
        })
        writeFileAtomic(join(w.dir, name), bytes)
        const reported = board.units.length - board.counts.missing
        return {
          name,
          files: 1,
          detail: `${board.title}：${board.units.length}个单位，截至${formatChineseDate(options.issuedOn)}已报送${reported}个，未报送${board.counts.missing}个`
        }
      }
    }
  }
}
