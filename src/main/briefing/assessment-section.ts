import { formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { AreaScore } from '../../shared/contract/assessment'
import type { AppContext } from '../app-context'
import { scoreText } from '../assessment/documents/bulletin-docx'
import { latestScoredRound } from '../assessment/round-store'
import { scoreRound } from '../assessment/score-service'
import { percentText } from '../documents/wording'

const named = (areas: readonly AreaScore[]): string => areas.map((a) => a.name).join('、')

/**
 * The 简报's 测评情况 (issue 16): the latest scored 测评 round opened by the date, in the figures
 * `assess score` gives for it (the same ones the 测评通报 prints): the 整改 of its problems, the 区 in
 * rank order with their scores, the 红榜/黑榜 and the 约谈 list. Null when no round has results.
 */
export function assessmentParagraphs(ctx: AppContext, asOf: IsoDate): string[] | null {
  const round = latestScoredRound(ctx.db, asOf)
  if (round === null) return null
  const score = scoreRound(ctx, round.id, asOf)
  const p = score.problems
  const districts = score.areas
    .filter((a) => a.level === 'district' && a.total !== null)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
  const paragraphs = [
    `${score.round}城中村常态长效测评共发现问题${p.total}个，截至${formatChineseDate(asOf)}已整改销号${p.closed}个，` +
      `整改销号率${percentText(p.closed, p.total)}；尚未销号${p.open}个，其中超过整改时限${p.overdue}个。`
  ]
  if (districts.length > 0)
    paragraphs.push(
      `各区得分排名依次为：${districts.map((d) => `${d.name}（${scoreText(d.total)}分）`).join('、')}。`
    )
  const red = districts.filter((d) => d.board === 'red')
  const black = score.areas.filter((a) => a.level === 'district' && a.board === 'black')
  const boards = [
    red.length > 0 ? `红榜：${named(red)}` : '',
    black.length > 0
      ? `黑榜：${black.map((d) => (d.veto ? `${d.name}（一票否决）` : d.name)).join('、')}`
      : ''
  ].filter((t) => t !== '')
  const summoned = districts.filter((d) => d.summoned)
  if (boards.length > 0 || summoned.length > 0)
    paragraphs.push(
      [boards.join('；'), summoned.length > 0 ? `${named(summoned)}列入约谈名单` : '']
        .filter((t) => t !== '')
        .join('。') + '。'
    )
  return paragraphs
}
