import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import type { BriefingIssueRow } from '../../shared/contract'
import type { CamelRow } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import type { Clock } from '../system/clock'
import { writeAudit } from '../store/audit'
import type { BriefingFigures } from './figures'

type IssueRecord = CamelRow<
  'briefing_issue',
  'id' | 'year' | 'issue_no' | 'as_of' | 'issued_on' | 'title' | 'figures' | 'updated_at'
>

const SELECT = `SELECT id, year, issue_no AS issueNo, as_of AS asOf, issued_on AS issuedOn, title, figures,
                       updated_at AS updatedAt FROM briefing_issue`

function toRow(r: IssueRecord): BriefingIssueRow {
  const figures = JSON.parse(r.figures) as BriefingFigures
  const v = figures.summary.villageItems
  return {
    id: r.id,
    year: r.year,
    issueNo: r.issueNo,
    asOf: r.asOf,
    issuedOn: r.issuedOn,
    title: r.title,
    completionRate: v.total === 0 ? 0 : Math.round((v.done / v.total) * 1000) / 10,
    updatedAt: r.updatedAt
  }
}

/** 期号 numbering restarts each year: the next free number of `year`. */
export function nextIssueNo(db: Database, year: number): number {
  const max = selectValue<number | null>(db, 'SELECT max(issue_no) FROM briefing_issue WHERE year = ?').one(
    year
  )
  return (max ?? 0) + 1
}

export function issueExists(db: Database, year: number, issueNo: number): boolean {
  return (
    db.prepare('SELECT 1 FROM briefing_issue WHERE year = ? AND issue_no = ?').get(year, issueNo) !==
    undefined
  )
}

/** The issue before 第N期 of `year` (the last one of an earlier year for 第1期), with its figures. */
export function previousIssue(
  db: Database,
  year: number,
  issueNo: number
): { year: number; issueNo: number; asOf: IsoDate; figures: BriefingFigures } | null {
  const r = select<IssueRecord>(
    db,
    `${SELECT} WHERE year < ? OR (year = ? AND issue_no < ?) ORDER BY year DESC, issue_no DESC LIMIT 1`
  ).get(year, year, issueNo)
  if (!r) return null
  return { year: r.year, issueNo: r.issueNo, asOf: r.asOf, figures: JSON.parse(r.figures) as BriefingFigures }
}

export function listIssues(db: Database): BriefingIssueRow[] {
  return select<IssueRecord>(db, `${SELECT} ORDER BY year DESC, issue_no DESC`).all().map(toRow)
}

export type IssueToSave = CamelRow<
  'briefing_issue',
  'year' | 'issue_no' | 'as_of' | 'issued_on' | 'title' | 'problems' | 'next_steps'
> & { figures: BriefingFigures }

/**
 * Records an issued briefing (or replaces the record of a 期号 issued again), with its audit row. Call
 * inside the caller's transaction.
 */
export function saveIssue(
  db: Database,
  clock: Clock,
  issue: IssueToSave,
  briefingName: string
): BriefingIssueRow {
  const now = clock.now()
  const before = select<CamelRow<'briefing_issue', 'id' | 'as_of' | 'issued_on'>>(
    db,
    'SELECT id, as_of AS asOf, issued_on AS issuedOn FROM briefing_issue WHERE year = ? AND issue_no = ?'
  ).get(issue.year, issue.issueNo)
  db.prepare(
    `INSERT INTO briefing_issue (year, issue_no, as_of, issued_on, title, figures, problems, next_steps, created_at, updated_at)
     VALUES (@year, @issueNo, @asOf, @issuedOn, @title, @figures, @problems, @nextSteps, @now, @now)
     ON CONFLICT (year, issue_no) DO UPDATE SET as_of = excluded.as_of, issued_on = excluded.issued_on,
       title = excluded.title, figures = excluded.figures, problems = excluded.problems,
       next_steps = excluded.next_steps, updated_at = excluded.updated_at`
  ).run({ ...issue, figures: JSON.stringify(issue.figures), now })
  const row = select<IssueRecord>(db, `${SELECT} WHERE year = ? AND issue_no = ?`).one(
    issue.year,
    issue.issueNo
  )
  writeAudit(db, clock, {
    entity: 'briefing',
    entityId: row.id,
    action: 'issue',
    summary: `${before ? '重新生成' : '生成'}《${briefingName}》${issue.year}年第${issue.issueNo}期（数据截至${issue.asOf}）`,
    before: before ?? undefined,
    after: { year: issue.year, issueNo: issue.issueNo, asOf: issue.asOf, issuedOn: issue.issuedOn }
  })
  return toRow(row)
}
