/** 红榜 red, 黑榜 near-black, others grey: the same in the table's tags, the summary line and the chart. */
export const BOARD_COLORS = { red: '#c62828', black: '#37474f', none: '#90a4ae' } as const
