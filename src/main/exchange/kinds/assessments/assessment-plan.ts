import type { Database } from 'better-sqlite3'
import type { FieldChange, PreviewRow, RowWarning } from '../../../../shared/contract/exchange'
import { UserError } from '../../../../shared/errors'
import { findingWriter, roundFindings } from '../../../assessment/findings-writer'
import { roundByName } from '../../../assessment/round-store'
import { loadScheme, scoredCriteria } from '../../../assessment/scheme-store'
import type { ScoredCriterion } from '../../../assessment/scoring/point-score'
import { writeAudits, type AuditEntry } from '../../../store/audit'
import type { Row } from '../../../store/rows'
import { select } from '../../../store/typed-query'
import type { Clock } from '../../../system/clock'
import { nameKey } from '../../value-reading'
import {
  nothingApplied,
  type AppliedRows,
  type KindOptions,
  type KindPlan,
  type PlannedRow
} from '../import-kind'
import { AreaMatcher } from './area-match'
import type { AssessmentDraft } from './assessment-rows'

export interface PlannedFinding extends PlannedRow {
  draft: AssessmentDraft
  label: string
  areaId: number | null
  criterion: ScoredCriterion | null
  pointType: string
  /** The finding of the earlier import this row matches (kept or updated); null: new. */
  existingId: number | null
  changes: FieldChange[]
}

const CODE = /^(\d+(?:\.\d+)*)[\s、.．]*(.*)$/

/** Finds a criterion by its code (1.1.1), its name, or both ("1.1.1 道路巷道无暴露垃圾"). */
function criterionFinder(criteria: readonly ScoredCriterion[]) {
  const byCode = new Map(criteria.map((c) => [c.code, c]))
  const byName = new Map(criteria.map((c) => [nameKey(c.name), c]))
  return (text: string): ScoredCriterion | null => {
    const m = CODE.exec(text.trim())
    if (m) return byCode.get(m[1]) ?? (m[2] ? (byName.get(nameKey(m[2])) ?? null) : null)
    return byName.get(nameKey(text)) ?? null
  }
}

const keyOf = (areaId: number, point: string, criterionId: number, description: string) =>
  `${areaId}|${nameKey(point)}|${criterionId}|${description}`

const fmt = (n: number | null) => (n === null ? '' : String(n))

/**
 * Matches the workbook's rows to the round named in `options.round`: areas (never created), the round's
 * scheme criteria, and the round's earlier import (a second import shows what changed and needs
 * `options.overwrite = "1"`, 覆盖).
 */
export function planAssessments(
  db: Database,
  drafts: readonly AssessmentDraft[],
  options: KindOptions
): KindPlan<PlannedFinding> {
  const roundName = options.round?.trim()
  if (!roundName)
    throw new UserError('invalid-input', '请选择这份测评结果所属的测评轮次（如“2025年第三季度”）。')
  const round = roundByName(db, roundName)
  const scheme = loadScheme(db, round.scheme_id)
  const criteria = scoredCriteria(db, round.scheme_id)
  const findCriterion = criterionFinder(criteria)
  const areas = new AreaMatcher(db)
  const pointTypes = new Map(
    select<{ areaId: number; name: string; type: string }>(
      db,
      'SELECT area_id AS areaId, name, type FROM assessment_point'
    )
      .all()
      .map((p) => [`${p.areaId}|${nameKey(p.name)}`, p.type])
  )
  const earlier = roundFindings(db, round.id).filter((f) => f.source === 'import')
  const pointName = new Map(
    select<{ id: number; areaId: number; name: string }>(
      db,
      'SELECT id, area_id AS areaId, name FROM assessment_point'
    )
      .all()
      .map((p) => [p.id, p])
  )
  const visited = new Set(
    select<{ areaId: number; name: string }>(
      db,
      `SELECT p.area_id AS areaId, p.name FROM assessment_round_point rp
         JOIN assessment_point p ON p.id = rp.point_id WHERE rp.round_id = ?`
    )
      .all(round.id)
      .map((p) => `${p.areaId}|${nameKey(p.name)}`)
  )
  const unmatched = new Map<string, Row<'assessment_finding'>[]>()
  for (const f of earlier) {
    const p = pointName.get(f.point_id)
    if (!p) continue
    const key = keyOf(p.areaId, p.name, f.criterion_id, f.description)
    unmatched.set(key, [...(unmatched.get(key) ?? []), f])
  }

  const rows: PlannedFinding[] = drafts.map((draft) => {
    const found = areas.find(draft)
    let areaId: number | null = null
    let label = draft.point
    if (found.ok) {
      areaId = found.id
      label = `${found.path}·${draft.point}`
    } else addError(draft, found.level, found.message)
    let criterion: ScoredCriterion | null = null
    if (draft.criterion !== null) {
      criterion = findCriterion(draft.criterion)
      if (!criterion)
        addError(
          draft,
          'criterion',
          `${round.name}使用的测评体系（${scheme.year}年第${scheme.version}版）中没有测评内容“${draft.criterion}”`
        )
    }
    if (criterion) {
      label += ` ${criterion.code} ${criterion.name}`
      if (draft.max !== null && draft.max !== criterion.max)
        addError(draft, 'max', `满分${draft.max}与测评体系中“${criterion.name}”的分值${criterion.max}不一致`)
      if (draft.deduction !== null && draft.deduction > criterion.max)
        addError(draft, 'deduction', `扣分${draft.deduction}超过“${criterion.name}”的分值${criterion.max}分`)
      if (draft.score !== null && draft.score > criterion.max)
        addError(draft, 'score', `得分${draft.score}超过“${criterion.name}”的分值${criterion.max}分`)
    }
    const pointType =
      draft.pointType ??
      (areaId !== null ? pointTypes.get(`${areaId}|${nameKey(draft.point)}`) : undefined) ??
      criterion?.objectType ??
      '城中村'
    const planned: PlannedFinding = {
      status: draft.errors.length > 0 ? 'error' : 'new',
      draft,
      label,
      areaId,
      criterion,
      pointType,
      existingId: null,
      changes: []
    }
    if (planned.status === 'error' || areaId === null) return planned
    if (!criterion) {
      if (visited.has(`${areaId}|${nameKey(draft.point)}`)) planned.status = 'unchanged'
      return planned
    }
    const queue = unmatched.get(keyOf(areaId, draft.point, criterion.id, draft.description))
    const before = queue?.shift()
    if (before) {
      planned.existingId = before.id
      const changes: FieldChange[] = []
      const compare = (field: string, labelText: string, a: string, b: string) => {
        if (a !== b) changes.push({ field, label: labelText, before: a, after: b })
      }
      compare('deduction', '扣分', fmt(before.deduction), fmt(draft.deduction))
      compare('score', '得分', fmt(before.score), fmt(draft.score))
      compare('location', '位置', before.location, draft.location)
      planned.changes = changes
      planned.status = changes.length > 0 ? 'changed' : 'unchanged'
    }
    return planned
  })
  const dropped = [...unmatched.values()].flat()
  // The wizard sends "true", the CLI "1".
  const overwrite = options.overwrite === '1' || options.overwrite === 'true'
  const warning: RowWarning[] =
    earlier.length > 0 && !overwrite
      ? [
          {
            message: `${round.name}已导入过测评结果（${earlier.length}条），再次导入需勾选“覆盖”；上次有而本表没有的${dropped.length}条将被删除`,
            fix: null
          }
        ]
      : []
  const workbookComponents = new Set(rows.flatMap((r) => (r.criterion ? [r.criterion.component] : [])))
  if (workbookComponents.size === 0) workbookComponents.add(scheme.components[0]?.key ?? 'third-party')

  return {
    rows,
    creates: null,
    previewRow: (row): PreviewRow & { warnings: RowWarning[] } => ({
      sheet: row.draft.sheet,
      row: row.draft.row,
      status: row.status,
      label: row.label,
      summary: row.status === 'new' ? summaryOf(row.draft) : '',
      changes: row.status === 'changed' ? row.changes : [],
      errors: row.draft.errors,
      warnings: row === rows[0] ? warning : []
    }),
    newUnits: () => [],
    apply: (db2, clock, kept) =>
      applyFindings(db2, clock, {
        round,
        multiplier: scheme.repeatMultiplier,
        kept,
        dropped,
        earlier,
        overwrite,
        workbookComponents
      })
  }
}

function addError(draft: AssessmentDraft, field: string, message: string): void {
  // A field the sheet has no column for is named in the message alone (the cell records the row).
  draft.cells.error(draft.cells.has(field) ? field : null, message)
}

function summaryOf(d: AssessmentDraft): string {
  if (d.criterion === null) return '点位已测评，未发现问题'
  return [
    d.deduction !== null ? `扣${d.deduction}分` : '',
    d.score !== null ? `得${d.score}分` : '',
    d.description
  ]
    .filter(Boolean)
    .join('｜')
}

function applyFindings(
  db: Database,
  clock: Clock,
  p: {
    round: Row<'assessment_round'>
    multiplier: number
    kept: readonly PlannedFinding[]
    dropped: readonly Row<'assessment_finding'>[]
    earlier: readonly Row<'assessment_finding'>[]
    overwrite: boolean
    workbookComponents: ReadonlySet<string>
  }
): AppliedRows {
  if (p.earlier.length > 0 && !p.overwrite)
    throw new UserError(
      'conflict',
      `${p.round.name}已导入过测评结果（${p.earlier.length}条）。请在预览中核对差异，确认以本表为准后勾选“覆盖”再导入。`
    )
  const now = clock.now()
  const writer = findingWriter(db)
  const result = nothingApplied()
  const audits: AuditEntry[] = []
  const components = new Map<number, Set<string>>()
  const update = db.prepare(
    'UPDATE assessment_finding SET deduction = ?, score = ?, location = ?, origin = ? WHERE id = ?'
  )
  for (const row of p.kept) {
    if (row.areaId === null) continue
    const d = row.draft
    const point = writer.point(row.areaId, d.point, row.pointType)
    const set = components.get(point) ?? new Set<string>()
    if (row.criterion) set.add(row.criterion.component)
    else for (const c of p.workbookComponents) set.add(c)
    components.set(point, set)
    if (!row.criterion) {
      result.unchanged++
      continue
    }
    const origin = `${d.sheet}!${d.row}`
    if (row.status === 'unchanged') {
      result.unchanged++
      continue
    }
    if (row.status === 'changed' && row.existingId !== null) {
      update.run(d.deduction, d.score, d.location, origin, row.existingId)
      result.updated++
      audits.push({
        entity: 'assessment_finding',
        entityId: row.existingId,
        action: 'update',
        summary: `${p.round.name}测评结果覆盖：${row.label}（${row.changes.map((c) => `${c.label}${c.before || '空'}→${c.after || '空'}`).join('，')}）`,
        before: Object.fromEntries(row.changes.map((c) => [c.field, c.before])),
        after: Object.fromEntries(row.changes.map((c) => [c.field, c.after]))
      })
      continue
    }
    const problem = writer.finding(
      now,
      p.round,
      {
        roundId: p.round.id,
        pointId: point,
        criterion: row.criterion,
        source: 'import',
        passed: null,
        deduction: d.deduction,
        score: d.score,
        value: null,
        description: d.description,
        location: d.location,
        photos: d.photos,
        foundBy: d.foundBy ?? '第三方测评',
        foundOn: d.foundOn,
        origin
      },
      p.multiplier
    )
    result.created++
    audits.push({
      entity: 'assessment_finding',
      entityId: problem,
      action: 'import',
      summary: `${p.round.name}导入测评结果：${row.label}${d.deduction !== null ? `，扣${d.deduction}分` : ''}${d.score !== null ? `，得${d.score}分` : ''}`,
      after: { deduction: d.deduction, score: d.score, description: d.description }
    })
  }
  for (const [point, set] of components) writer.visit(p.round.id, point, set)
  if (p.overwrite) {
    const remove = db.prepare('DELETE FROM assessment_finding WHERE id = ?')
    for (const f of p.dropped) {
      remove.run(f.id)
      audits.push({
        entity: 'assessment_finding',
        entityId: f.id,
        action: 'delete',
        summary: `${p.round.name}测评结果覆盖：删除本表中已没有的一条（${f.origin}，${f.description || '无问题描述'}）`,
        before: { deduction: f.deduction, score: f.score, description: f.description }
      })
    }
  }
  writeAudits(db, clock, audits)
  return { ...result, summaryTail: `，测评轮次${p.round.name}` }
}
