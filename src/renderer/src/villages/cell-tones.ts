import type { CellTone, MatrixCell } from '../../../shared/contract'

/** The words of a tone, for the legend and for tooltips: a light is never colour alone. */
export const TONE_LABEL: Record<CellTone, string> = {
  red: '逾期',
  yellow: '临期',
  green: '正常',
  'on-time': '按期办结',
  late: '逾期办结',
  'not-applicable': '不适用'
}

export const TONE_ORDER: readonly CellTone[] = ['red', 'yellow', 'green', 'on-time', 'late', 'not-applicable']

/** What a matrix cell says in its few characters; the tooltip tells the rest. */
export function cellText(cell: MatrixCell): string {
  switch (cell.tone) {
    case 'red':
      return '逾期'
    case 'yellow':
      return '临期'
    case 'green':
      return cell.status === 'not-started' ? '未启动' : `${cell.percent}%`
    case 'on-time':
      return '按期办结'
    case 'late':
      return '逾期办结'
    case 'not-applicable':
      return '—'
  }
}
