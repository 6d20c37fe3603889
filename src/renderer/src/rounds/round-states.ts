import type { RoundSummary, RoundUnitState } from '../../../shared/contract'
import { ROUND_UNIT_STATE_LABEL } from '../../../shared/contract/round'

/** Each 报送情况 state in one colour everywhere: the board, its counts and the 总览 card. */
export const ROUND_STATE_COLORS: Record<RoundUnitState, string> = {
  reported: '#2e7d32',
  late: '#ef6c00',
  missing: '#d32f2f',
  returned: '#6a1b9a',
  accepted: '#1565c0'
}

/** The board's order: what needs the clerk first (未报, then returns waiting for a decision). */
export const ROUND_STATE_ORDER: readonly RoundUnitState[] = [
  'missing',
  'late',
  'reported',
  'returned',
  'accepted'
]

/** A tag as plain DOM for grid cells (the grids draw their cells without React). */
export function stateTag(state: RoundUnitState, extra = ''): HTMLElement {
  const tag = document.createElement('span')
  const color = ROUND_STATE_COLORS[state]
  tag.className = 'round-state'
  tag.dataset.state = state
  tag.style.color = color
  tag.style.background = `${color}14`
  tag.style.borderColor = `${color}55`
  tag.textContent = `${ROUND_UNIT_STATE_LABEL[state]}${extra}`
  return tag
}

/** 按时报送率 as the office writes it: 85.7%, or — while no unit could yet be on time. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** The latest round not yet fully accepted (the newest one when all are): the one the clerk is chasing. */
export function latestOpenRound(rounds: readonly RoundSummary[]): RoundSummary | null {
  return rounds.find((r) => r.accepted < r.units) ?? rounds[0] ?? null
}
