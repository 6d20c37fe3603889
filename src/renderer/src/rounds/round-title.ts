import type { IsoDate } from '../../../shared/civil-date'
import type { RoundItemKind } from '../../../shared/contract/round'

/**
 * The usual title of a round: the month the figures speak for, e.g. 2025年9月进展填报, or
 * 2025年10月测评问题整改填报 for a round over 测评问题 only.
 */
export function defaultRoundTitle(asOf: IsoDate, kinds: readonly RoundItemKind[] = []): string {
  const [year, month] = asOf.split('-').map(Number)
  const onlyProblems = kinds.length > 0 && kinds.every((k) => k === 'problems')
  return `${year}年${month}月${onlyProblems ? '测评问题整改' : '进展'}填报`
}
