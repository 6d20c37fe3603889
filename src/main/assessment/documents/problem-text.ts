import type { ProblemRow } from '../../../shared/contract'

/**
 * A problem as a document's problem list names it: what was found (or the 测评内容 when the evaluators
 * wrote nothing), where, and whether it came back. The 交办单 and the 测评通报's 附件 read the same.
 */
export function problemText(
  p: Pick<ProblemRow, 'description' | 'criterion' | 'location' | 'repeat'>
): string {
  return `${p.description || p.criterion}${p.location ? `（位置：${p.location}）` : ''}${p.repeat ? '（反复出现）' : ''}`
}
