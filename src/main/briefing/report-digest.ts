import { addDays, formatChineseDate, type IsoDate } from '../../shared/civil-date'
import type { AppContext } from '../app-context'
import { isDoneAsOf } from '../calendar/light'
import { URBAN_VILLAGE_PATH_SQL } from '../ledger/village-item-queries'
import { secondLevel } from '../documents/wording'
import type { CamelRow } from '../store/rows'
import { select } from '../store/typed-query'

/** How far back the digest reads when there is no previous issue to start from. */
const FIRST_ISSUE_WINDOW_DAYS = 90
const MAX_POINTS = 4

/** A report with the status of what it reports on and that item's 区. */
type ReportRow = CamelRow<'progress_report', 'village_item_id' | 'task_id' | 'problems' | 'next_steps'> &
  CamelRow<'task', 'status' | 'completed_date'> & { district: string | null }

interface Point {
  text: string
  count: number
  /** Reports per district, to name where a problem is concentrated. */
  districts: Map<string, number>
}

/**
 * 存在问题 and 下步工作, prefilled from the progress reports (进展填报): the latest report of every item
 * still open on the as-of date, filed since the previous issue; the problems and next steps most often
 * reported come first. One paragraph per line, each led by （一）, （二）… so that the document sets the
 * lead sentence in 楷体; the clerk edits the text before export.
 */
export function digestReports(
  ctx: AppContext,
  asOf: IsoDate,
  since: IsoDate | null,
  overdue: { red: number; worstDistrict: { district: string; red: number } | null }
): { problems: string; nextSteps: string } {
  const from = since ?? addDays(asOf, -FIRST_ISSUE_WINDOW_DAYS)
  const rows = select<ReportRow>(
    ctx.db,
    `WITH path AS (${URBAN_VILLAGE_PATH_SQL}),
       latest AS (
         SELECT pr.*, row_number() OVER (
                  PARTITION BY coalesce('v' || pr.village_item_id, 't' || pr.task_id)
                  ORDER BY pr.report_date DESC, pr.id DESC) AS rn
           FROM progress_report pr WHERE pr.report_date <= @asOf AND pr.report_date > @from)
       SELECT l.village_item_id AS villageItemId, l.task_id AS taskId, l.problems, l.next_steps AS nextSteps,
              path.district AS district, coalesce(vi.status, t.status) AS status,
              coalesce(vi.completed_date, t.completed_date) AS completedDate
         FROM latest l
         LEFT JOIN village_item vi ON vi.id = l.village_item_id
         LEFT JOIN task t ON t.id = l.task_id
         LEFT JOIN path ON path.villageId = vi.village_id
        WHERE l.rn = 1 AND (t.id IS NULL OR t.deleted_at IS NULL) AND (vi.id IS NULL OR vi.applicable = 1)`
  ).all({ asOf, from })

  const open = rows.filter(
    (r) => !isDoneAsOf({ deadline: null, status: r.status, completedDate: r.completedDate }, asOf)
  )
  const problems = rank(open.map((r) => ({ text: r.problems, district: r.district })))
  const nextSteps = rank(open.map((r) => ({ text: r.nextSteps, district: r.district })))

  const problemLines: string[] = []
  if (overdue.red > 0) {
    const worst = overdue.worstDistrict
    problemLines.push(
      `部分事项推进滞后。截至${formatChineseDate(asOf)}，全市仍有${overdue.red}项治理事项逾期未办结` +
        (worst ? `，其中${worst.district}${worst.red}项，逾期数量居各区之首。` : '。')
    )
  }
  for (const p of problems.slice(0, MAX_POINTS - problemLines.length)) {
    const top = [...p.districts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)
    const where = top.length > 0 ? `，主要集中在${top.map(([d]) => d).join('、')}` : ''
    problemLines.push(`${sentence(p.text)}进展填报中有${p.count}个事项反映此问题${where}。`)
  }

  const stepLines: string[] = []
  if (overdue.red > 0)
    stepLines.push(
      `集中攻坚逾期事项。对逾期未办结的${overdue.red}项治理事项逐项下发督办通知，明确整改时限，实行销号管理。`
    )
  for (const s of nextSteps.slice(0, MAX_POINTS - stepLines.length)) stepLines.push(sentence(s.text))

  const number = (lines: string[]) => lines.map((line, i) => `${secondLevel(i + 1)}${line}`).join('\n')
  return { problems: number(problemLines), nextSteps: number(stepLines) }
}

/** Identical texts counted, most frequent first (ties in first-seen order). */
function rank(entries: { text: string; district: string | null }[]): Point[] {
  const points = new Map<string, Point>()
  for (const { text, district } of entries) {
    const key = text.trim().replace(/[。；;，,\s]+$/, '')
    if (key === '') continue
    const point = points.get(key) ?? { text: key, count: 0, districts: new Map<string, number>() }
    point.count++
    if (district) point.districts.set(district, (point.districts.get(district) ?? 0) + 1)
    points.set(key, point)
  }
  return [...points.values()].sort((a, b) => b.count - a.count)
}

/** Ends a phrase with 。 */
function sentence(text: string): string {
  return /[。！？]$/.test(text) ? text : `${text}。`
}
