import type { IsoDate } from '../../../shared/civil-date'
import type { AreaScore, ProblemRow, RoundScore } from '../../../shared/contract/assessment'
import type { AppContext } from '../../app-context'
import { listProblems } from '../problem-service'
import { roundRow } from '../round-store'
import { loadScheme } from '../scheme-store'
import { scoreRound } from '../score-service'

/** Everything the 测评通报 prints, gathered once: its figures are `assess score`'s, not recomputed. */
export interface BulletinContent {
  number: string
  officeName: string
  officeShortName: string
  schemeName: string
  isSample: boolean
  score: RoundScore
  problems: ProblemRow[]
  points: number
  repeats: number
  asOf: IsoDate
  issuedOn: IsoDate
  /** 整改时限 the 通报 sets for the problems not yet 销号. */
  deadline: IsoDate
  copyTo: string
}

export function bulletinContent(
  ctx: AppContext,
  roundId: number,
  dates: { asOf: IsoDate; issuedOn: IsoDate; deadline: IsoDate },
  number: string
): BulletinContent {
  const round = roundRow(ctx.db, roundId)
  const scheme = loadScheme(ctx.db, round.scheme_id)
  const settings = ctx.settings()
  const score = scoreRound(ctx, roundId, dates.asOf)
  const problems = listProblems(ctx, dates.asOf, { roundId })
  const points = score.areas.filter((a) => a.level === 'district').reduce((n, a) => n + a.points, 0)
  return {
    number,
    officeName: settings.officeName,
    officeShortName: settings.officeShortName,
    schemeName: scheme.name,
    isSample: scheme.isSample,
    score,
    problems,
    points,
    repeats: problems.filter((p) => p.repeat).length,
    ...dates,
    copyTo: settings.noticeCopyTo
  }
}

export const districtsOf = (c: BulletinContent): AreaScore[] =>
  c.score.areas.filter((a) => a.level === 'district')
export const townsOf = (c: BulletinContent, district: string): AreaScore[] =>
  c.score.areas.filter((a) => a.level === 'town' && a.parent === district)
