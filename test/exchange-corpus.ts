import ExcelJS from 'exceljs'

/**
 * The corpus of realistic task and village ledgers the import tests read (issue 4): the shapes clerks
 * actually send — title rows, merged and two-row headers, section headings, notes and signature lines,
 * every way of writing a date, units in one cell, rich text and formulas, several sheets. Built in code
 * with exceljs so every test can see exactly what is in each file. Hostile and unreadable files are in
 * exchange-hostile-files.ts; LibreOffice and WPS variants in exchange-office-files.ts.
 */

export type Row = (ExcelJS.CellValue | undefined)[]

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A sheet from rows (row 1 first); `merges` like 'A1:H1'. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: Row[],
  merges: string[] = []
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name)
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== undefined) sheet.getCell(i + 1, j + 1).value = value
    })
  })
  for (const range of merges) sheet.mergeCells(range)
  return sheet
}

export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`)

const HEADER = [
  '序号',
  '工作任务',
  '具体举措',
  '牵头单位',
  '配合单位',
  '完成时限',
  '责任领导',
  '进展情况',
  '备注'
]

/** 1. The plainest ledger: one header row, ISO dates, codes. */
export function plainLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, 'Sheet1', [
      ['编号', '工作任务', '牵头单位', '配合单位', '完成时限', '状态', '进度'],
      [
        'A1',
        '开展出租屋消防安全隐患排查',
        '市消防救援支队',
        '市公安局、市住房和城乡建设局',
        '2025-06-30',
        '推进中',
        60
      ],
      ['A2', '建设电动自行车集中充电场所', '市城市管理局', '示例市供电公司', '2025-09-30', '未启动', 0],
      ['A3', '完成巷道白改黑', '市住房和城乡建设局', '', '2025-12-31', '已办结', 100],
      ['A4', '建立网格化巡查机制', '市委政法委员会', '市公安局', '长期坚持', '推进中', 50],
      ['A5', '整治占道经营', '市城市管理局', '市市场监督管理局', '2025-10-31', '推进中', '40%']
    ])
  )
}

/** 2. A title row merged across, a 填报单位 line and a blank row above the header (header on row 4). */
export function titledLedger(): Promise<Buffer> {
  return workbookBytes((wb) => {
    const sheet = addSheet(
      wb,
      '台账',
      [
        ['2025年城中村现代化治理重点任务推进台账'],
        ['填报单位：示例市文明办（盖章）', undefined, undefined, undefined, '填报日期：2025年9月'],
        [],
        HEADER,
        [
          1,
          '推进城中村出租屋消防技术改造提升',
          '对出租屋加装独立式烟感',
          '市消防支队',
          '各区人民政府',
          '6月30日前',
          '林海涛',
          '已完成80%',
          ''
        ],
        [
          2,
          '打通城中村消防车通道（二期）',
          '拆除占道违建',
          '市城管局',
          '市公安局交通警察支队',
          '2025年9月30日',
          '林海涛',
          '',
          ''
        ]
      ],
      ['A1:I1', 'A2:D2', 'E2:I2']
    )
    sheet.getRow(1).font = { size: 18, bold: true }
  })
}

/** 3. A two-row header: 责任单位 over 牵头单位 | 配合单位, with 序号, 工作任务 and 完成时限 merged down. */
export function twoRowHeaderLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(
      wb,
      '重点任务',
      [
        ['示例市城中村现代化治理2025年重点任务分解表'],
        ['序号', '工作任务', '责任单位', undefined, '完成时限', '备注'],
        [undefined, undefined, '牵头单位', '配合单位', undefined, undefined],
        [1, '推进雨污分流改造', '市水利局', '市水务集团', '2025年10月31日', ''],
        [2, '规范瓶装燃气使用', '市城管局', '市燃气集团、市市场监管局', '2025年11月30日', '']
      ],
      ['A1:F1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3']
    )
  )
}

/**
 * 4. Section headings (merged across, and "（一）" sub-headings), a lead unit merged down over two tasks,
 * a 小计 row, notes at the bottom with a continuation line, and a signature line.
 */
export function sectionedLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(
      wb,
      '2025年',
      [
        ['编号', '工作任务', '牵头单位', '完成时限'],
        ['一、消防安全'],
        ['11.1', '排查出租屋消防隐患', '市消防救援支队', '2025-05-31'],
        ['11.2', '建设微型消防站', undefined, '2025-08-31'],
        ['（一）用电安全'],
        ['11.3', '改造老旧电力线路', '示例供电公司', '2025-07-31'],
        [],
        ['二、环境整治'],
        ['12.1', '清理卫生死角', '市城管局', '2025年6月底'],
        ['小计', '4项'],
        ['备注：1. 完成时限为最迟时间；'],
        ['2. 各牵头单位每月25日前报送进展。'],
        ['填表人：王晓明', undefined, '审核人：李国强']
      ],
      ['A2:D2', 'C3:C4', 'A5:D5', 'A8:D8', 'A11:D11', 'A12:D12']
    )
  )
}

/** 5. "一" in the 序号 column with the heading in the task column, and 序号 restarting under each heading. */
export function restartingSerialLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务清单', [
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['一', '消防安全'],
      [1, '开展消防安全专项整治', '市消防救援支队', '2025-06-30'],
      [2, '配齐微型消防站器材', '市消防救援支队', '2025-07-31'],
      ['二', '环境卫生'],
      [1, '开展环境卫生大扫除', '市城市管理局', '2025-06-30'],
      [2, '建设垃圾分类投放点', '市城市管理局', '2025-08-31']
    ])
  )
}

/** 6. Every date form of issue 4 §2, one task each, under a title that gives the year 2025. */
export const DATE_FORMS: { text: string; value: ExcelJS.CellValue; expected: string | null }[] = [
  { text: '日期单元格', value: utcDate('2025-06-30'), expected: '2025-06-30' },
  { text: 'Excel 序列号', value: 45838, expected: '2025-06-30' },
  { text: '2025年6月30日', value: '2025年6月30日', expected: '2025-06-30' },
  { text: '2025.6.30', value: '2025.6.30', expected: '2025-06-30' },
  { text: '2025/6/30', value: '2025/6/30', expected: '2025-06-30' },
  { text: '2025-06-30', value: '2025-06-30', expected: '2025-06-30' },
  { text: '2025年6月底', value: '2025年6月底', expected: '2025-06-30' },
  { text: '2025年2月', value: '2025年2月', expected: '2025-02-28' },
  { text: '2025年底前', value: '2025年底前', expected: '2025-12-31' },
  { text: '2025年底', value: '2025年底', expected: '2025-12-31' },
  { text: '6月30日前', value: '6月30日前', expected: '2025-06-30' },
  { text: '9月底前完成', value: '9月底前完成', expected: '2025-09-30' },
  { text: '2025年6月30日(含)前', value: '2025年6月30日（含）前', expected: '2025-06-30' },
  { text: '长期坚持', value: '长期坚持', expected: null },
  { text: '持续推进', value: '持续推进', expected: null },
  { text: '长期', value: '长期', expected: null },
  {
    text: '公式（缓存的日期）',
    value: { formula: 'DATE(2025,6,30)', result: utcDate('2025-06-30') },
    expected: '2025-06-30'
  },
  {
    text: '富文本',
    value: { richText: [{ text: '2025年' }, { text: '6月30日', font: { bold: true } }] },
    expected: '2025-06-30'
  },
  { text: '全角数字', value: '２０２５年６月３０日', expected: '2025-06-30' }
]

export function dateFormsLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '时限', [
      ['2025年度城中村治理工作台账'],
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ...DATE_FORMS.map((f, i) => [`D${i + 1}`, `时限写法：${f.text}`, '市城市管理局', f.value])
    ])
  )
}

/** 7. Deadlines CivDesk must refuse, each naming the cell; the sheet has no year anywhere. */
export const BAD_DATES: { value: ExcelJS.CellValue; reason: RegExp }[] = [
  { value: '下半年', reason: /不是可识别的日期/ },
  { value: '2025年2月30日', reason: /没有这一天/ },
  { value: '6月30日前', reason: /没有写年份/ },
  { value: 2025, reason: /是数字，不是日期/ },
  { value: { formula: 'A1+1' } as ExcelJS.CellFormulaValue, reason: /公式没有保存计算结果/ },
  { value: { error: '#N/A' } as ExcelJS.CellErrorValue, reason: /错误值 #N\/A/ },
  { value: '2025.6', reason: /只有年和月/ },
  { value: '二〇二五年六月', reason: /不是可识别的日期/ }
]

export function badDatesLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ['B0', '时限正确的任务', '市城市管理局', '2025-06-30'],
      ...BAD_DATES.map((d, i) => [`B${i + 1}`, `时限有误的任务${i + 1}`, '市城市管理局', d.value])
    ])
  )
}

/** 8. No year in the title or the sheet name: "6月30日前" takes the year of the row's 阶段. */
export function phaseYearLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['编号', '阶段', '工作任务', '牵头单位', '完成时限'],
      ['P1', '攻坚', '攻坚阶段的任务', '市城市管理局', '6月30日前'],
      ['P2', '2023年', '试点阶段的任务', '市城市管理局', '12月底前']
    ])
  )
}

/** 9. Units every way: 、，,；; and spaces, aliases, a bracket with 、 inside, a new unit. */
export function unitsLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['编号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      [
        'U1',
        '多单位配合的任务',
        '市城管局',
        '市住建局，市公安局;市水利局 市财政局、市消防支队',
        '2025-06-30'
      ],
      [
        'U2',
        '括号内有顿号的单位',
        '市委宣传部（市文明办）',
        '市乡村振兴局、市委宣传部（市文明办）',
        '2025-06-30'
      ]
    ])
  )
}

/** 10. 状态, 进度 and 完成日期 in their usual spellings, and the contradictions CivDesk refuses. */
export function statusLedger(): Promise<Buffer> {
  return workbookBytes((wb) => {
    const sheet = addSheet(wb, '任务', [
      ['编号', '工作任务', '牵头单位', '完成时限', '状态', '完成进度', '完成日期'],
      ['S1', '已完成的任务', '市城管局', '2025-06-30', '已完成', undefined, '2025-06-20'],
      ['S2', '进行中的任务', '市城管局', '2025-06-30', '进行中', 0.8, undefined],
      ['S3', '只填了完成日期', '市城管局', '2025-06-30', undefined, undefined, '2025-06-25'],
      ['S4', '办结但进度不足', '市城管局', '2025-06-30', '已办结', 50, '2025-06-25'],
      ['S5', '未办结却有完成日期', '市城管局', '2025-06-30', '推进中', 60, '2025-06-25'],
      ['S6', '状态写错', '市城管局', '2025-06-30', '差不多了', undefined, undefined],
      ['S7', '进度写成小数', '市城管局', '2025-06-30', '推进中', 0.5, undefined]
    ])
    sheet.getCell('F3').numFmt = '0%'
  })
}

/** 11. Two year sheets and a hidden list sheet; "X月X日" takes each sheet's own year from its name. */
export function multiSheetLedger(): Promise<Buffer> {
  return workbookBytes((wb) => {
    addSheet(wb, '2024年', [
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ['Y24', '2024年的任务', '市城管局', '10月31日前']
    ])
    addSheet(wb, '2025年', [
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ['Y25', '2025年的任务', '市城管局', '10月31日前']
    ])
    addSheet(wb, '下拉选项', [['未启动'], ['推进中'], ['已办结']]).state = 'hidden'
    addSheet(wb, '填表说明', [['本表由各牵头单位每月填报。'], ['完成时限请写具体日期。']])
  })
}

/** 12. The header printed again further down, and a 合计 row. */
export function repeatedHeaderLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ['R1', '第一页的任务', '市城管局', '2025-06-30'],
      ['编号', '工作任务', '牵头单位', '完成时限'],
      ['R2', '第二页的任务', '市城管局', '2025-07-31'],
      ['合计', '2项']
    ])
  )
}

/** 13. Rich text in titles, a hyperlink, a text formula with its cached result. */
export function richCellsLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['编号', '工作任务', '牵头单位', '完成时限', '备注'],
      [
        'T1',
        { richText: [{ text: '推进' }, { text: '10+1', font: { bold: true } }, { text: '治理内容' }] },
        '市城管局',
        '2025-06-30',
        { text: '方案链接', hyperlink: 'https://example.org/plan' }
      ],
      ['T2', { formula: 'B2&"（续）"', result: '推进10+1治理内容（续）' }, '市城管局', '2025-07-31', '']
    ])
  )
}

/** 14. A header without any task column (refused: nothing says what the tasks are). */
export function noTaskColumnLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, '任务', [
      ['序号', '牵头单位', '配合单位', '完成时限'],
      [1, '市城管局', '市公安局', '2025-06-30']
    ])
  )
}

/** 15. No header at all: a letter pasted into a sheet. */
export function noHeaderLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(wb, 'Sheet1', [['关于报送城中村治理进展的函'], ['各区文明办：'], ['请于本月底前报送进展情况。']])
  )
}

/** 16. A village long form with the given rows (区, 镇(街), 村(居), 村民小组, 治理事项, 责任单位, 完成时限, 状态, 完成日期). */
export function villageLongForm(rows: Row[], title = '2025年城中村治理事项落实台账'): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(
      wb,
      '村事项',
      [
        [title],
        ['区', '镇（街）', '村（居）', '村民小组', '治理事项', '责任单位', '完成时限', '状态', '完成日期'],
        ...rows
      ],
      ['A1:I1']
    )
  )
}

/** 17. A large generated ledger (benchmarks and the row cap): `rows` tasks under 10 headings. */
export function generatedLedger(rows: number, units: readonly string[]): Promise<Buffer> {
  return workbookBytes((wb) => {
    const sheet = wb.addWorksheet('台账')
    sheet.addRow(['2025年城中村现代化治理任务台账'])
    sheet.addRow(['编号', '工作任务', '具体举措', '牵头单位', '配合单位', '完成时限', '状态', '进度'])
    const perSection = Math.max(1, Math.floor(rows / 10))
    for (let i = 0; i < rows; i++) {
      const section = Math.floor(i / perSection)
      if (i % perSection === 0)
        sheet.addRow([`${'一二三四五六七八九十'[section % 10]}、第${section + 1}类任务`])
      const month = (i % 12) + 1
      sheet.addRow([
        `G${i + 1}`,
        `生成任务第${i + 1}项：推进城中村治理工作`,
        '按方案推进，按月报送进展',
        units[i % units.length],
        `${units[(i + 1) % units.length]}、${units[(i + 2) % units.length]}`,
        i % 3 === 0 ? utcDate(`2025-${String(month).padStart(2, '0')}-28`) : `2025年${month}月底`,
        ['未启动', '推进中', '推进中'][i % 3],
        (i % 3) * 30
      ])
    }
  })
}
