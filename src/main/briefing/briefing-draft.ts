import { yearOf, type IsoDate } from '../../shared/civil-date'
import type { BriefingChanges, BriefingPreview, DistrictProgress } from '../../shared/contract'
import type { Settings } from '../../shared/settings'
import type { AppContext } from '../app-context'
import { loadVillageItems } from '../ledger/village-item-queries'
import { loadDueItems, type AddressedItem } from '../documents/work-items'
import { issueExists, nextIssueNo, previousIssue } from './briefing-store'
import { compareWithPrevious } from './changes'
import { cityRates, computeFigures, type BriefingFigures } from './figures'
import { digestReports } from './report-digest'
import { countedProvisionalYears } from '../calendar/provisional-scope'
import { reportingParagraph } from '../round/round-board'

/** Everything one issue of the 工作简报 says, before the clerk's edits of 存在问题 and 下步工作. */
export interface BriefingDraft {
  asOf: IsoDate
  year: number
  issueNo: number
  issuedOn: IsoDate
  replacesIssue: boolean
  settings: Settings
  title: string
  figures: BriefingFigures
  completionRate: number
  onTimeRate: number
  districts: DistrictProgress[]
  changes: BriefingChanges | null
  due: AddressedItem[]
  problems: string
  nextSteps: string
  /** Years with no official calendar that the figures count into; the tables' footnote names them. */
  provisionalYears: number[]
  /** 报送情况 of the reporting round with this 统计截止日期 (issue 15), null when there is none. */
  reporting: string | null
}

export const BRIEFING_SECTIONS = [
  '一、总体进展',
  '二、各区进展',
  '三、本期变化',
  '四、逾期及临期事项',
  '五、存在问题',
  '六、下步工作'
]

/**
 * A data file with tasks but no urban villages (an office that tracks only its action plan) has no
 * 各区进展 and no 本期变化 of village items: the 简报 leaves them out rather than open with
 * "全市0个城中村…完成率—", and the sections are numbered on.
 */
export const BRIEFING_SECTIONS_WITHOUT_VILLAGES = [
  '一、总体进展',
  '二、逾期及临期事项',
  '三、存在问题',
  '四、下步工作'
]

export function briefingSections(villages: number): string[] {
  return villages > 0 ? BRIEFING_SECTIONS : BRIEFING_SECTIONS_WITHOUT_VILLAGES
}

export const BRIEFING_TITLE = '全市城中村现代化治理工作进展情况'

/**
 * Gathers an issue: 期号 (the year's next unless given), the store's figures as of `asOf`, the previous
 * issue's figures for 本期变化 and rank changes, what is overdue or due soon, and the digest of the
 * progress reports.
 */
export function draftBriefing(
  ctx: AppContext,
  options: { asOf: IsoDate; issueNo?: number; issuedOn?: IsoDate }
): BriefingDraft {
  const { asOf } = options
  const issuedOn = options.issuedOn ?? asOf
  const year = yearOf(issuedOn)
  const issueNo = options.issueNo ?? nextIssueNo(ctx.db, year)
  const settings = ctx.settings()
  const figures = computeFigures(ctx, asOf)
  const previous = previousIssue(ctx.db, year, issueNo)
  const previousRanks = new Map(previous?.figures.districts.map((d) => [d.districtId, d.rank]) ?? [])
  const districts = figures.districts.map((d) => ({
    ...d,
    previousRank: previousRanks.get(d.districtId) ?? null
  }))
  const due = loadDueItems(ctx, asOf)
  const districtOfItem = new Map(loadVillageItems(ctx.db).map((i) => [i.id, i.district]))
  const changes = compareWithPrevious(figures, previous, due, districtOfItem)
  const worst = [...districts].sort((a, b) => b.red - a.red)[0]
  const digest = digestReports(ctx, asOf, previous?.asOf ?? null, {
    red: figures.summary.villageItems.red,
    worstDistrict: worst && worst.red > 0 ? { district: worst.district, red: worst.red } : null
  })
  return {
    asOf,
    year,
    issueNo,
    issuedOn,
    replacesIssue: issueExists(ctx.db, year, issueNo),
    settings,
    title: BRIEFING_TITLE,
    figures,
    ...cityRates(figures.summary),
    districts,
    changes,
    due,
    ...digest,
    provisionalYears: countedProvisionalYears(ctx, asOf),
    reporting: reportingParagraph(ctx, asOf, issuedOn)
  }
}

/** What the 文档 page shows before export. */
export function previewOf(draft: BriefingDraft): BriefingPreview {
  const units = new Map<string, { unit: string; red: number; yellow: number }>()
  for (const d of draft.due) {
    for (const unit of d.unitNames.length > 0 ? d.unitNames : ['（未明确责任单位）']) {
      const entry = units.get(unit) ?? { unit, red: 0, yellow: 0 }
      entry[d.light]++
      units.set(unit, entry)
    }
  }
  return {
    asOf: draft.asOf,
    year: draft.year,
    issueNo: draft.issueNo,
    issuedOn: draft.issuedOn,
    replacesIssue: draft.replacesIssue,
    briefingName: draft.settings.briefingName,
    title: draft.title,
    summary: draft.figures.summary,
    completionRate: draft.completionRate,
    onTimeRate: draft.onTimeRate,
    districts: draft.districts,
    changes: draft.changes
      ? { ...draft.changes, newlyOverdueItems: draft.changes.newlyOverdueItems.slice(0, 10) }
      : null,
    due: {
      red: draft.due.filter((d) => d.light === 'red').length,
      yellow: draft.due.filter((d) => d.light === 'yellow').length,
      topUnits: [...units.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow).slice(0, 5)
    },
    problems: draft.problems,
    nextSteps: draft.nextSteps,
    sections: briefingSections(draft.figures.summary.villages)
  }
}
