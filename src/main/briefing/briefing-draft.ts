import { yearOf, type IsoDate } from '../../shared/civil-date'
import type {
  BriefingChanges,
  BriefingPreview,
  DistrictProgress,
  RoundHighlight
} from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { Settings } from '../../shared/settings'
import type { AppContext } from '../app-context'
import { loadVillageItems } from '../ledger/village-item-queries'
import { loadDueItems, type AddressedItem } from '../documents/work-items'
import { issueExists, nextIssueNo, previousIssue } from './briefing-store'
import { compareWithPrevious } from './changes'
import { cityRates, computeFigures, type BriefingFigures } from './figures'
import { digestReports } from './report-digest'
import { countedProvisionalYears } from '../calendar/provisional-scope'
import { reportingParagraph, roundHighlights } from '../round/round-board'
import { assessmentParagraphs } from './assessment-section'

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
  /**
   * 报送情况 of the reporting round with this 统计截止日期 (issue 15), null when there is none or the clerk
   * switched it off.
   */
  reporting: string | null
  /** 测评情况 of the latest scored 测评 round (issue 16), null when there is none or it is switched off. */
  assessment: string[] | null
  /** The accepted 亮点做法 the clerk picked, in the round's unit order; the 工作亮点 section prints them. */
  highlights: RoundHighlight[]
}

/** The clerk's choices for an issue beyond its text (issue 15). */
export interface BriefingChoices {
  /** Print the 报送情况 paragraph; on unless switched off. */
  reporting?: boolean
  /** Print the 测评情况 of the latest scored 测评 round; on unless switched off. */
  assessment?: boolean
  /** progress_report ids of the accepted 亮点做法 to print; none unless picked. */
  highlights?: readonly number[]
}

export const BRIEFING_TITLE = '全市城中村现代化治理工作进展情况'

/**
 * Gathers an issue: 期号 (the year's next unless given), the store's figures as of `asOf`, the previous
 * issue's figures for 本期变化 and rank changes, what is overdue or due soon, and the digest of the
 * progress reports.
 */
export function draftBriefing(
  ctx: AppContext,
  options: { asOf: IsoDate; issueNo?: number; issuedOn?: IsoDate } & BriefingChoices
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
    reporting: options.reporting === false ? null : reportingParagraph(ctx, asOf, issuedOn),
    assessment: options.assessment === false ? null : assessmentParagraphs(ctx, asOf),
    highlights: pickedHighlights(ctx, asOf, options.highlights ?? [])
  }
}

/** The picked 亮点做法, refused by name when one is not an accepted 亮点 of this date's round. */
function pickedHighlights(ctx: AppContext, asOf: IsoDate, ids: readonly number[]): RoundHighlight[] {
  if (ids.length === 0) return []
  const available = roundHighlights(ctx, asOf)
  const known = new Set(available.map((h) => h.id))
  const stray = ids.find((id) => !known.has(id))
  if (stray !== undefined)
    throw new UserError(
      'invalid-input',
      `所选工作亮点（编号${stray}）不是统计截止日期${asOf}的填报轮次中已采纳的亮点做法，请刷新后重新选择`
    )
  const picked = new Set(ids)
  return available.filter((h) => picked.has(h.id))
}

/** What the 文档 page shows before export, with the 亮点做法 the clerk may pick. */
export function previewOf(draft: BriefingDraft, highlights: RoundHighlight[]): BriefingPreview {
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
    assessment: draft.assessment,
    reporting: draft.reporting,
    highlights
  }
}
