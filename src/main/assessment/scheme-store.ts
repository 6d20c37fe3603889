import type { Database } from 'better-sqlite3'
import { z } from 'zod'
import {
  ASSESSMENT_METHODS,
  boardRuleSchema,
  componentSchema,
  scoringRuleSchema,
  type AssessmentComponent,
  type AssessmentMethod,
  type assessmentContract,
  type BoardRule,
  type Scheme,
  type SchemeNode,
  type SchemeNodeInput,
  type SchemeVersionInfo
} from '../../shared/contract/assessment'
import { UserError } from '../../shared/errors'
import { schemeNodeInputs } from '../../shared/scheme-nodes'
import type { AppContext } from '../app-context'
import { writeAudit } from '../store/audit'
import type { Row } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import type { ScoredCriterion } from './scoring/point-score'
import { SAMPLE_BOARDS, SAMPLE_COMPONENTS, SAMPLE_NODES, SAMPLE_SCHEME_NAME } from './sample-scheme'

export type SaveSchemeInput = z.output<(typeof assessmentContract)['assessment.saveScheme']['input']>

const LEVEL_NAME = { 1: '测评项目', 2: '指标', 3: '测评内容' } as const

function parseJson<T>(text: string, parse: (v: unknown) => T): T {
  return parse(JSON.parse(text))
}

/** The rounds scored with a version (they have findings or 问卷 results): the version is frozen for them. */
export function scoredRoundsOf(db: Database, schemeId: number): string[] {
  return selectValue<string>(
    db,
    `SELECT r.name FROM assessment_round r WHERE r.scheme_id = ?
       AND (EXISTS (SELECT 1 FROM assessment_finding f WHERE f.round_id = r.id)
         OR EXISTS (SELECT 1 FROM assessment_survey s WHERE s.round_id = r.id))
     ORDER BY r.year, r.quarter`
  ).all(schemeId)
}

function infoOf(db: Database, r: Row<'assessment_scheme'>): SchemeVersionInfo {
  return {
    id: r.id,
    year: r.year,
    version: r.version,
    name: r.name,
    isSample: r.is_sample === 1,
    scoredRounds: scoredRoundsOf(db, r.id)
  }
}

export function listSchemes(db: Database): SchemeVersionInfo[] {
  return select<Row<'assessment_scheme'>>(
    db,
    'SELECT * FROM assessment_scheme ORDER BY year DESC, version DESC'
  )
    .all()
    .map((r) => infoOf(db, r))
}

function schemeRow(db: Database, id: number): Row<'assessment_scheme'> {
  const r = select<Row<'assessment_scheme'>>(db, 'SELECT * FROM assessment_scheme WHERE id = ?').get(id)
  if (!r) throw new UserError('not-found', `没有找到这个测评体系版本（编号 ${id}），请刷新后重试。`)
  return r
}

function nodeRows(db: Database, schemeId: number): Row<'assessment_node'>[] {
  return select<Row<'assessment_node'>>(
    db,
    'SELECT * FROM assessment_node WHERE scheme_id = ? ORDER BY level, parent_id, seq'
  ).all(schemeId)
}

function methodOf(text: string | null): AssessmentMethod | null {
  return ASSESSMENT_METHODS.find((m) => m === text) ?? null
}

export function loadScheme(db: Database, id: number): Scheme {
  const r = schemeRow(db, id)
  const nodes = new Map<number, SchemeNode>()
  const roots: SchemeNode[] = []
  for (const n of nodeRows(db, id)) {
    const node: SchemeNode = {
      id: n.id,
      parentId: n.parent_id,
      level: n.level,
      code: n.code,
      name: n.name,
      standard: n.standard,
      method: methodOf(n.method),
      objectType: n.object_type,
      component: n.component,
      max: n.max_score,
      rule: n.rule === null ? null : parseJson(n.rule, (v) => scoringRuleSchema.parse(v)),
      veto: n.veto === 1,
      children: []
    }
    nodes.set(n.id, node)
    if (n.parent_id === null) roots.push(node)
    else nodes.get(n.parent_id)?.children.push(node)
  }
  return {
    ...infoOf(db, r),
    components: parseJson(r.components, (v) => z.array(componentSchema).parse(v)),
    boards: parseJson(r.boards, (v) => boardRuleSchema.parse(v)),
    repeatMultiplier: r.repeat_multiplier,
    nodes: roots
  }
}

/** The version in force for a year: its latest. Without a year, the latest version of the latest year. */
export function schemeInForce(db: Database, year?: number): Scheme | null {
  const id =
    year === undefined
      ? selectValue<number>(
          db,
          'SELECT id FROM assessment_scheme ORDER BY year DESC, version DESC LIMIT 1'
        ).get()
      : selectValue<number>(
          db,
          'SELECT id FROM assessment_scheme WHERE year = ? ORDER BY version DESC LIMIT 1'
        ).get(year)
  return id === undefined ? null : loadScheme(db, id)
}

/** The Ⅲ 测评内容 of a version, flat, as scoring reads them. */
export function scoredCriteria(db: Database, schemeId: number): ScoredCriterion[] {
  return nodeRows(db, schemeId)
    .filter((n) => n.level === 3)
    .map((n) => ({
      id: n.id,
      code: n.code,
      name: n.name,
      component: n.component ?? '',
      objectType: n.object_type,
      max: n.max_score ?? 0,
      rule: scoringRuleSchema.parse(JSON.parse(n.rule ?? '{"type":"pass-fail"}')),
      veto: n.veto === 1
    }))
}

/** Refuses a tree that cannot be scored, naming the node: a Ⅲ without 分值/rule/类别, a stray level. */
function checkTree(nodes: readonly SchemeNodeInput[], components: readonly AssessmentComponent[]): void {
  const keys = new Set(components.map((c) => c.key))
  const dup = components.find((c, i) => components.findIndex((d) => d.key === c.key) !== i)
  if (dup) throw new UserError('invalid-input', `测评类别“${dup.name}”的代码“${dup.key}”重复。`)
  if (components.every((c) => c.weight === 0))
    throw new UserError('invalid-input', '测评类别的权重不能全为0。')
  const walk = (list: readonly SchemeNodeInput[], level: number, path: string) => {
    list.forEach((n, i) => {
      const code = path ? `${path}.${i + 1}` : String(i + 1)
      const where = `${LEVEL_NAME[level as 1 | 2 | 3]} ${code}“${n.name}”`
      const children = n.children ?? []
      if (level === 3) {
        if (children.length > 0) throw new UserError('invalid-input', `${where}是第三级，不能再有下级。`)
        if (n.max == null) throw new UserError('invalid-input', `${where}缺少分值。`)
        if (n.rule == null) throw new UserError('invalid-input', `${where}缺少计分规则。`)
        if (n.component == null || !keys.has(n.component))
          throw new UserError('invalid-input', `${where}的测评类别“${n.component ?? ''}”不在本体系的类别中。`)
      }
      walk(children, level + 1, code)
    })
  }
  walk(nodes, 1, '')
}

function insertTree(db: Database, schemeId: number, nodes: readonly SchemeNodeInput[]): number {
  const insert = db.prepare(
    `INSERT INTO assessment_node (scheme_id, parent_id, level, seq, code, name, standard, method, object_type,
                                  component, max_score, rule, veto)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  let count = 0
  const walk = (list: readonly SchemeNodeInput[], parent: number | null, level: number, path: string) => {
    list.forEach((n, i) => {
      const code = path ? `${path}.${i + 1}` : String(i + 1)
      const leaf = level === 3
      const id = Number(
        insert.run(
          schemeId,
          parent,
          level,
          i + 1,
          code,
          n.name,
          n.standard ?? '',
          leaf ? (n.method ?? null) : null,
          leaf ? (n.objectType ?? null) : null,
          leaf ? (n.component ?? null) : null,
          leaf ? (n.max ?? null) : null,
          leaf && n.rule ? JSON.stringify(n.rule) : null,
          leaf && n.veto ? 1 : 0
        ).lastInsertRowid
      )
      count++
      walk(n.children ?? [], id, level + 1, code)
    })
  }
  walk(nodes, null, 1, '')
  return count
}

interface SchemeBody {
  name: string
  components: AssessmentComponent[]
  boards: BoardRule
  repeatMultiplier: number
  nodes: SchemeNodeInput[]
}

function createVersion(
  ctx: AppContext,
  year: number,
  body: SchemeBody,
  isSample: boolean,
  why: string
): Scheme {
  checkTree(body.nodes, body.components)
  const { db } = ctx
  return db.transaction(() => {
    const version =
      (selectValue<number | null>(db, 'SELECT max(version) FROM assessment_scheme WHERE year = ?').one(
        year
      ) ?? 0) + 1
    const id = Number(
      db
        .prepare(
          `INSERT INTO assessment_scheme (year, version, name, is_sample, components, boards, repeat_multiplier,
                                          created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          year,
          version,
          body.name,
          isSample ? 1 : 0,
          JSON.stringify(body.components),
          JSON.stringify(body.boards),
          body.repeatMultiplier,
          ctx.clock.now()
        ).lastInsertRowid
    )
    const count = insertTree(db, id, body.nodes)
    writeAudit(db, ctx.clock, {
      entity: 'assessment_scheme',
      entityId: id,
      action: 'create',
      summary: `${why}：${year}年测评体系第${version}版“${body.name}”（${count}个节点）`,
      after: { year, version, name: body.name, nodes: count }
    })
    return loadScheme(db, id)
  })()
}

export function installSampleScheme(ctx: AppContext, year: number): Scheme {
  return createVersion(
    ctx,
    year,
    {
      name: SAMPLE_SCHEME_NAME,
      components: SAMPLE_COMPONENTS,
      boards: SAMPLE_BOARDS,
      repeatMultiplier: 2,
      nodes: SAMPLE_NODES
    },
    true,
    '载入示例测评体系'
  )
}

/** 复制为新版本: the same year's next version, or version 1 (or next) of another year. */
export function copyScheme(ctx: AppContext, id: number, year?: number): Scheme {
  const from = loadScheme(ctx.db, id)
  const to = year ?? from.year
  return createVersion(
    ctx,
    to,
    {
      name: from.name,
      components: from.components,
      boards: from.boards,
      repeatMultiplier: from.repeatMultiplier,
      nodes: schemeNodeInputs(from.nodes)
    },
    from.isSample,
    `由${from.year}年第${from.version}版复制`
  )
}

/**
 * Saves a version's tree and settings in place. A version a round was scored with is refused: its figures
 * must not move under a published 通报, so the clerk saves the change as a new version instead.
 */
export function saveScheme(ctx: AppContext, input: SaveSchemeInput): Scheme {
  const { db } = ctx
  const before = loadScheme(db, input.id)
  if (before.scoredRounds.length > 0)
    throw new UserError(
      'conflict',
      `${before.year}年测评体系第${before.version}版已用于${before.scoredRounds.join('、')}的计分，不能再修改，` +
        '以免已公布的得分发生变化。请先“复制为新版本”，在新版本上修改。'
    )
  checkTree(input.nodes, input.components)
  return db.transaction(() => {
    db.prepare('DELETE FROM assessment_node WHERE scheme_id = ?').run(input.id)
    db.prepare(
      'UPDATE assessment_scheme SET name = ?, components = ?, boards = ?, repeat_multiplier = ? WHERE id = ?'
    ).run(
      input.name,
      JSON.stringify(input.components),
      JSON.stringify(input.boards),
      input.repeatMultiplier,
      input.id
    )
    const count = insertTree(db, input.id, input.nodes)
    writeAudit(db, ctx.clock, {
      entity: 'assessment_scheme',
      entityId: input.id,
      action: 'update',
      summary: `修改${before.year}年测评体系第${before.version}版“${input.name}”（${count}个节点）`,
      // The whole tree on both sides: a deleted 测评内容 is gone from the store, and only the log can
      // still say what it was (its standard, rule and 分值) and put it back.
      before: {
        name: before.name,
        components: before.components,
        boards: before.boards,
        nodes: schemeNodeInputs(before.nodes)
      },
      after: { name: input.name, components: input.components, boards: input.boards, nodes: input.nodes }
    })
    return loadScheme(db, input.id)
  })()
}
