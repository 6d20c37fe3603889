import { firstLevel } from './chinese-numerals'

const SECTIONS = [
  '总体进展',
  '各区进展',
  '本期变化',
  '逾期及临期事项',
  '测评情况',
  '工作亮点',
  '存在问题',
  '下步工作'
] as const

export type BriefingSectionName = (typeof SECTIONS)[number]

/** What an issue holds beyond the fixed sections. */
export interface BriefingSectionChoice {
  /** Urban villages in the data file: none, no 各区进展 and no 本期变化. */
  villages: number
  /** A scored 测评 round is printed (issue 16). */
  assessment: boolean
  /** At least one 亮点做法 is picked (issue 15). */
  highlights: boolean
}

/**
 * The 工作简报's section headings, numbered as printed; the document and the 文档 page's preview both use
 * it. A data file with tasks but no urban villages (an office that tracks only its action plan) has no
 * 各区进展 and no 本期变化: the 简报 leaves them out rather than open with "全市0个城中村…完成率—", and the
 * sections are numbered on. 测评情况 and 工作亮点 are there only when chosen.
 */
export function briefingSections(choice: BriefingSectionChoice): string[] {
  const shown = (name: BriefingSectionName): boolean =>
    name === '各区进展' || name === '本期变化'
      ? choice.villages > 0
      : name === '测评情况'
        ? choice.assessment
        : name === '工作亮点'
          ? choice.highlights
          : true
  return SECTIONS.filter(shown).map((name, i) => `${firstLevel(i + 1)}${name}`)
}
