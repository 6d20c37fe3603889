import ExcelJS from 'exceljs'

/**
 * An evaluators' workbook as a third-party agency sends it (issue 16): two title rows, a header with
 * 满分/扣分 columns, 区 merged down its rows and written without 区 (东湖), towns without 道 (湖滨街),
 * one row per finding and a point row with nothing found.
 */
export type ResultRow = [
  district: string,
  town: string,
  point: string,
  type: string,
  criterion: string,
  max: number | null,
  deduction: number | string | null,
  description: string,
  location: string
]

export const MESSY_ROWS: ResultRow[] = [
  ['东湖', '湖滨街', '湖滨主巷道', '背街小巷', '1.1.1', 10, 2, '主巷道口有暴露垃圾', '主巷道口'],
  [
    '东湖',
    '湖滨街',
    '湖滨主巷道',
    '背街小巷',
    '道路巷道无暴露垃圾、无卫生死角',
    10,
    '扣2分',
    '巷尾卫生死角',
    '巷尾'
  ],
  [
    '东湖',
    '东渡街道',
    '东渡农贸市场',
    '农贸市场',
    '2.1.2 农贸市场明码标价、分区经营',
    10,
    3,
    '部分摊位未明码标价',
    ''
  ],
  ['西岭区', '枫林镇', '枫林村口', '城中村', '', null, null, '', ''],
  ['西岭区', '石峰街道', '石峰出租屋', '出租屋', '3.1.1', 10, -5, '灭火器过期', '3号楼']
]

export async function resultsWorkbook(rows: readonly ResultRow[], mergeDistricts = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('测评结果')
  ws.addRow(['2025年第三季度城中村常态长效测评第三方测评结果'])
  ws.mergeCells(1, 1, 1, 10)
  ws.addRow(['测评机构：某某咨询有限公司', '', '', '', '', '', '', '', '测评时间：2025年9月'])
  ws.addRow([
    '序号',
    '区',
    '镇（街）',
    '点位名称',
    '点位类型',
    '测评内容',
    '满分',
    '扣分',
    '问题描述',
    '具体位置'
  ])
  rows.forEach((r, i) => ws.addRow([i + 1, ...r.map((v) => v ?? '')]))
  if (mergeDistricts) {
    // Merge each run of the same 区 in column B, as evaluators do; covered cells are left empty.
    let start = 4
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i][0] !== rows[start - 4][0]) {
        const end = 3 + i
        if (end > start) {
          for (let r = start + 1; r <= end; r++) ws.getCell(r, 2).value = null
          ws.mergeCells(start, 2, end, 2)
        }
        start = end + 1
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
