import { AlignmentType, ImageRun, Paragraph } from 'docx'
import { formatChineseDate } from '../../shared/civil-date'
import { districtChart } from '../documents/charts/district-chart'
import {
  attachmentLabel,
  blank,
  body,
  clerkParagraphs,
  heading,
  leftRight,
  textWidthTwips,
  RED,
  redRule,
  title
} from '../documents/layout/blocks'
import { colophon, type ColophonLine } from '../documents/layout/colophon'
import { runs, SIZE } from '../documents/layout/fonts'
import { CHAR_TWIPS, gbSection, TEXT_WIDTH } from '../documents/layout/page'
import { packDocument } from '../documents/layout/pack'
import { dataTable, tableFootnotes } from '../documents/layout/tables'
import { provisionalFootnotes } from '../calendar/provisional-text'
import { overdueCell, percentText, secondLevel } from '../documents/wording'
import { briefingSections } from '../../shared/briefing-sections'
import type { BriefingDraft } from './briefing-draft'
import {
  changeParagraphs,
  districtSummary,
  dueParagraph,
  newlyOverdueLines,
  overallParagraphs,
  rankCell
} from './briefing-text'

export interface BriefingContent {
  draft: BriefingDraft
  /** 存在问题 and 下步工作 as the clerk edited them. */
  problems: string
  nextSteps: string
  register: { supervision: number; reminder: number; replied: number } | null
}

/** The 简报 name fills one line at most at 小初 (36 pt), smaller when the name is long. */
function mastheadSize(name: string): number {
  const pt = Math.min(36, Math.floor(TEXT_WIDTH / 20 / [...name].length))
  return Math.max(22, pt) * 2
}

/**
 * 报头 (domain.md §2): the red 简报 name, 第N期 below it, the 编印单位 at the left and the date at the
 * right, and a red line across the 版心.
 */
function masthead(content: BriefingContent): Paragraph[] {
  const { draft } = content
  const name = draft.settings.briefingName
  const size = mastheadSize(name)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 720, after: 240, line: Math.round(size * 10 * 1.25), lineRule: 'exact' },
      children: runs(name, 'xiaobiaosong', { size, color: RED, characterSpacing: 0 })
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 579, lineRule: 'exact', after: 360 },
      children: runs(`第${draft.issueNo}期`, 'kaiti', { size: SIZE.san })
    }),
    editorLine(editorOf(draft.settings), formatChineseDate(draft.issuedOn))
  ]
}

/**
 * 编印单位 at the left, 印发日期 at the right, on the red line. A long unit name would run into the date
 * at 3号; then the line is set at 4号 so both keep at least two characters between them.
 */
function editorLine(editor: string, date: string): Paragraph {
  const fits = textWidthTwips(editor) + textWidthTwips(date) + 2 * CHAR_TWIPS <= TEXT_WIDTH
  return leftRight(editor, date, 'fangsong', { border: redRule(24, 6) }, fits ? SIZE.san : SIZE.si)
}

function districtTable(content: BriefingContent) {
  const { draft } = content
  const v = draft.figures.summary.villageItems
  const rows = draft.districts.map((d) => [
    d.district,
    String(d.villages),
    String(d.items),
    String(d.done),
    `${d.completionRate.toFixed(1)}%`,
    `${d.onTimeRate.toFixed(1)}%`,
    String(d.red),
    rankCell(d)
  ])
  rows.push([
    '全市',
    String(draft.figures.summary.villages),
    String(v.total),
    String(v.done),
    percentText(v.done, v.total),
    percentText(v.doneOnTime, v.done + v.red),
    String(v.red),
    ''
  ])
  return dataTable(
    [
      { title: '区', weight: 1.2 },
      { title: '城中村数', weight: 1.1 },
      { title: '事项数', weight: 1 },
      { title: '已办结', weight: 1 },
      { title: '完成率', weight: 1.1 },
      { title: '按期率', weight: 1.1 },
      { title: '逾期数', weight: 1 },
      { title: '排名', weight: 1.5 }
    ],
    rows,
    { size: SIZE.xiaosi }
  )
}

function tableNote(content: BriefingContent): Paragraph {
  const c = content.draft.changes
  const note =
    '注：完成率＝已办结÷事项数；按期率＝按期办结÷（已办结＋逾期未办结）；排名按完成率，相同时按按期率、逾期数' +
    (c ? `；括号内为较上期（第${c.previous.issueNo}期）名次变化。` : '。')
  return new Paragraph({
    spacing: { before: 60, after: 120, line: 320, lineRule: 'exact' },
    children: runs(note, 'fangsong', { size: SIZE.wu, characterSpacing: 0 })
  })
}

function chart(content: BriefingContent): Paragraph[] {
  const image = districtChart(content.draft.districts)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Auto line height: the Normal style's exact 28.95 pt would crop the picture to one line.
      spacing: { before: 120, after: 0, line: 240, lineRule: 'auto' },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height }
        })
      ]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 400, lineRule: 'exact', after: 120 },
      children: runs('图1　各区城中村治理事项完成率和按期率', 'heiti', {
        size: SIZE.xiaosi,
        characterSpacing: 0
      })
    })
  ]
}

function dueTable(content: BriefingContent) {
  const rows = content.draft.due.map((d, i) => [
    String(i + 1),
    d.title,
    d.place,
    d.unit || '未明确',
    d.deadline ? formatChineseDate(d.deadline) : '长期',
    overdueCell(d.label, d.light),
    String(d.supervisionCount)
  ])
  return dataTable(
    [
      // Widths in mm of the 156 mm 版心, sized for 五号: a date such as 2023年10月13日 on one line, with
      // the space Word and LibreOffice add between digits and hanzi.
      { title: '序号', weight: 9 },
      { title: '事项', weight: 25, align: 'left' },
      { title: '村（任务）', weight: 30, align: 'left' },
      { title: '责任单位', weight: 28, align: 'left' },
      { title: '原定时限', weight: 31 },
      { title: '逾期工作日', weight: 19 },
      { title: '督办次数', weight: 14 }
    ],
    rows,
    { size: SIZE.wu }
  )
}

function reportLines(content: BriefingContent): ColophonLine[] {
  const s = content.draft.settings
  const lines: ColophonLine[] = []
  if (s.briefingReportTo) lines.push({ left: `报：${s.briefingReportTo}。` })
  if (s.briefingSendTo) lines.push({ left: `送：${s.briefingSendTo}。` })
  if (s.briefingIssueTo) lines.push({ left: `发：${s.briefingIssueTo}。` })
  const copies = `（共印${s.briefingCopies}份）`
  if (lines.length === 0) return [{ left: editorOf(s), right: copies }]
  lines[lines.length - 1] = { ...lines[lines.length - 1], right: copies }
  return lines
}

/** The whole 工作简报 as a .docx. */
export async function buildBriefing(content: BriefingContent): Promise<Buffer> {
  const { draft } = content
  // Numbered as printed: a file without urban villages has no 各区进展 and no 本期变化 (briefing-draft.ts).
  const sections = briefingSections({
    villages: draft.figures.summary.villages,
    assessment: draft.assessment !== null,
    highlights: draft.highlights.length > 0
  })
  const head = (name: string) => {
    const numbered = sections.find((s) => s.endsWith(`、${name}`))
    return numbered ? [heading(1, numbered)] : null
  }
  const children = [
    ...masthead(content),
    ...blank(1),
    title(draft.title),
    ...blank(1),
    ...head('总体进展')!,
    ...overallParagraphs(draft).map((p) => body(p)),
    ...(head('各区进展')
      ? [
          ...head('各区进展')!,
          body(districtSummary(draft.districts)),
          districtTable(content),
          tableNote(content),
          ...tableFootnotes(provisionalFootnotes(draft.provisionalYears)),
          ...chart(content)
        ]
      : []),
    ...(head('本期变化')
      ? [
          ...head('本期变化')!,
          ...changeParagraphs(draft).map((p) => body(p)),
          ...(draft.changes && draft.changes.newlyOverdueItems.length > 0
            ? [
                body('新增逾期事项：'),
                ...newlyOverdueLines(draft.changes).map((line, i) =>
                  i < draft.changes!.newlyOverdueItems.length ? heading(4, `（${i + 1}）`, line) : body(line)
                )
              ]
            : [])
        ]
      : []),
    ...head('逾期及临期事项')!,
    body(dueParagraph(draft, content.register)),
    ...(head('测评情况') ? [...head('测评情况')!, ...draft.assessment!.map((p) => body(p))] : []),
    ...(head('工作亮点') ? [...head('工作亮点')!, ...highlightParagraphs(draft.highlights)] : []),
    ...head('存在问题')!,
    ...clerkParagraphs(content.problems || '（无）'),
    ...head('下步工作')!,
    ...clerkParagraphs(content.nextSteps || '（无）'),
    ...(draft.due.length > 0
      ? [
          attachmentLabel('附件'),
          ...blank(1),
          title('逾期及临期事项清单'),
          ...blank(1),
          dueTable(content),
          ...tableFootnotes(provisionalFootnotes(draft.provisionalYears))
        ]
      : []),
    ...colophon([reportLines(content)])
  ]
  return packDocument(
    { title: `${draft.settings.briefingName}第${draft.issueNo}期`, creator: draft.settings.officeShortName },
    [gbSection(children)]
  )
}

/** Each picked 亮点做法 under a 楷体 lead naming the unit and the item it was reported on. */
function highlightParagraphs(highlights: BriefingDraft['highlights']): Paragraph[] {
  return highlights.map((h, i) =>
    heading(2, `${secondLevel(i + 1)}${h.unit}${h.itemTitle === '' ? '' : `（${h.itemTitle}）`}。`, h.text)
  )
}

/** 编印单位: its own setting when the office gave one, else the 发文机关全称. */
function editorOf(s: BriefingDraft['settings']): string {
  return s.briefingEditor || s.officeName
}
