import type { IsoDate } from '../../../shared/civil-date'

/** The usual title of a round: the month the figures speak for, e.g. 2025年9月进展填报. */
export function defaultRoundTitle(asOf: IsoDate): string {
  const [year, month] = asOf.split('-').map(Number)
  return `${year}年${month}月进展填报`
}
