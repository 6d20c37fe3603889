import type { ReturnCheck } from '../../../shared/contract'

export type CheckBadge = { text: string; color: string }

/** What a checked file amounts to for the clerk, in one tag: the list and the review header agree. */
export function checkBadge(check: ReturnCheck, roundId: number): CheckBadge {
  if (check.roundId !== null && check.roundId !== roundId)
    return { text: '其他轮次的填报表', color: 'default' }
  if (check.roundId === null) return { text: '不是本轮填报表', color: 'default' }
  if (check.alreadyAccepted) return { text: '已采纳', color: 'blue' }
  // The version that does not stand is refused for that alone: say why, not merely 有问题.
  if (check.duplicate?.stands === 'other') return { text: '重复报送（以另一份为准）', color: 'orange' }
  if (check.verdict === 'refused') return { text: '有问题', color: 'red' }
  if (check.duplicate) return { text: '重复报送（以此份为准）', color: 'gold' }
  return { text: '可采纳', color: 'green' }
}

/** Whether this file can be sent back to its unit: it names a unit of this round. */
export function canSendBack(check: ReturnCheck, roundId: number): boolean {
  return check.roundId === roundId && check.unitId !== null && !check.alreadyAccepted
}

export function canAccept(check: ReturnCheck, roundId: number): boolean {
  return check.roundId === roundId && check.verdict === 'ok' && !check.alreadyAccepted
}

/** "工作表“填报”第5行C列" — where a problem is, as far as it is known. */
export function problemPlace(p: { sheet: string | null; row: number | null; column: string | null }): string {
  const parts: string[] = []
  if (p.sheet) parts.push(`工作表“${p.sheet}”`)
  if (p.row !== null) parts.push(`第${p.row}行`)
  if (p.column) parts.push(`${p.column}列`)
  return parts.length > 0 ? parts.join('') : '整个文件'
}
