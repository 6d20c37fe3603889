import { LIGHT_COLORS } from '../styles/theme'

/** Series colours of 总览, the same as the lights everywhere else. */
export const SERIES = {
  done: { name: '已办结', color: LIGHT_COLORS.done },
  green: { name: '绿灯（正常）', color: LIGHT_COLORS.green },
  yellow: { name: '黄灯（临期）', color: LIGHT_COLORS.yellow },
  red: { name: '红灯（逾期）', color: LIGHT_COLORS.red }
} as const

export type SeriesKey = keyof typeof SERIES
export const SERIES_ORDER: readonly SeriesKey[] = ['done', 'green', 'yellow', 'red']
