/**
 * How a CivDesk 填报表 (a reporting round's workbook, issue 15) marks itself: a veryHidden sheet whose first
 * cell says so, then the round id, unit id, unit name, round title and checksum in column B. The writer
 * (round/round-workbook.ts) and the return check (round/return-read.ts) take these from here, and the
 * ledger import uses them to recognise a 填报表 that was dropped into it by mistake.
 */
export const IDENTITY_SHEET = 'civdesk_identity'
export const IDENTITY_MARK = 'CivDesk 填报表'

/** Rows of the identity sheet's column B. */
export const IDENTITY_ROW = { roundId: 2, unitId: 3, unitName: 4, title: 5, checksum: 6 } as const

/** A 填报表 as the import sees it: which round and unit it was written for. */
export interface RoundReturnMark {
  title: string
  unit: string
}

/**
 * Why a 填报表 is never imported as a ledger: it answers one round for one unit, and only the 填报 page's
 * 收取 checks it against what was sent (identity, checksum, read-only cells) and lets the clerk take it in
 * item by item. Imported as a 任务台账 its 序号 and 上期进展 would be read as 编号 and 进展情况.
 */
export function roundReturnRefusal(fileName: string, mark: RoundReturnMark): string {
  return `“${fileName}”是“${mark.title}”发给${mark.unit}的填报表，不能作为台账导入，未导入任何内容。请在“填报”页选中该轮次，在“收取与审核”中收取（命令行：round collect）：按轮次和单位识别，逐项采纳或退回。`
}
