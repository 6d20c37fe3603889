import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { LightInfo } from '../domain'
import type { ChosenFile } from '../file-purposes'
import { fileRef } from './file'
import { dateField, idField, textField, workdaysField } from './labelled-fields'
import { mutation, query } from './define'

/**
 * 常态长效测评 (issue 16): the scheme (测评体系, per year, versioned), rounds (测评轮次) with their points
 * and findings, scores with drill-down, the problem list through to 销号, and the round's documents.
 * Results come in through the import kind `assessments` (exchange.preview/commit with
 * `options: { round: "2025年第三季度" }`) or by hand (assessment.enterPoint / assessment.enterSurvey).
 */

// ---------------------------------------------------------------- scheme

export const ASSESSMENT_METHODS = [
  '实地考察',
  '问卷调查',
  '材料审核',
  '网络监测',
  '媒体曝光',
  '第三方评估'
] as const
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number]

/** What a criterion scores: a 点位 type (城中村, 背街小巷 …), a unit, or an area as a whole. */
export const POINT_TYPES = [
  '城中村',
  '背街小巷',
  '农贸市场',
  '出租屋',
  '公园广场',
  '学校周边',
  '主次干道',
  '社区'
] as const

/**
 * A criterion's scoring rule (测评标准 → 得分):
 * - pass-fail: 符合得满分，不符合不得分;
 * - per-problem: 每发现一处问题扣 deduct 分，扣完为止;
 * - per-point-below: 每低于目标 target 一个百分点扣 deduct 分，扣完为止;
 * - ratio: 得分 = 实际/目标 × 分值，不超过分值.
 */
export const scoringRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pass-fail') }).strict(),
  z.object({ type: z.literal('per-problem'), deduct: z.number().positive().max(100) }).strict(),
  z
    .object({
      type: z.literal('per-point-below'),
      target: z.number().min(0).max(100),
      deduct: z.number().positive().max(100)
    })
    .strict(),
  z.object({ type: z.literal('ratio'), target: z.number().positive().max(1e9) }).strict()
])
export type ScoringRule = z.output<typeof scoringRuleSchema>

export const componentSchema = z
  .object({
    /** Stable key within a scheme: field, third-party, satisfaction, media, digital, or the clerk's own. */
    key: z.string().regex(/^[a-z][a-z0-9-]{0,29}$/, { error: '测评类别代码应为英文小写' }),
    name: textField('测评类别名称', 30, true),
    weight: z.number({ error: '权重应为数字' }).min(0, { error: '权重不能为负' }).max(100)
  })
  .strict()
export type AssessmentComponent = z.output<typeof componentSchema>

/** 红榜/黑榜/约谈: top/bottom N per ranking, an optional threshold for the 黑榜, N districts called in. */
export const boardRuleSchema = z
  .object({
    redTop: z.number().int().min(0).max(50).default(3),
    blackBottom: z.number().int().min(0).max(50).default(3),
    /** Below this total an area is on the 黑榜 whatever its rank (e.g. 85); null: no threshold. */
    blackBelow: z.number().min(0).max(100).nullable().default(null),
    summonBottom: z.number().int().min(0).max(50).default(2)
  })
  .strict()
export type BoardRule = z.output<typeof boardRuleSchema>

export interface SchemeNodeBase {
  /** Ⅰ 测评项目, Ⅱ 指标, Ⅲ 测评内容. */
  level: 1 | 2 | 3
  /** 1, 1.2, 1.2.3 — what the workbook may cite instead of the name. */
  code: string
  name: string
  /** Ⅲ only (empty above): */
  standard: string
  method: AssessmentMethod | null
  objectType: string | null
  component: string | null
  max: number | null
  rule: ScoringRule | null
  /** 一票否决: a finding on it flags the point's areas and puts them on the 黑榜. */
  veto: boolean
}

const schemeNodeInput: z.ZodType<SchemeNodeInput> = z.lazy(() =>
  z
    .object({
      name: textField('测评项目名称', 100, true),
      standard: textField('测评标准', 1000).default(''),
      method: z.enum(ASSESSMENT_METHODS, { error: '测评方法无效' }).nullable().default(null),
      objectType: textField('测评对象', 30).nullable().default(null),
      component: z.string().max(30).nullable().default(null),
      max: z
        .number({ error: '分值应为数字' })
        .positive({ error: '分值应大于0' })
        .max(100)
        .nullable()
        .default(null),
      rule: scoringRuleSchema.nullable().default(null),
      veto: z.boolean().default(false),
      children: z.array(schemeNodeInput).max(200).default([])
    })
    .strict()
) as z.ZodType<SchemeNodeInput>
export interface SchemeNodeInput {
  name: string
  standard?: string
  method?: AssessmentMethod | null
  objectType?: string | null
  component?: string | null
  max?: number | null
  rule?: ScoringRule | null
  veto?: boolean
  children?: SchemeNodeInput[]
}

export interface SchemeNode extends SchemeNodeBase {
  id: number
  parentId: number | null
  children: SchemeNode[]
}

export interface SchemeVersionInfo {
  id: number
  year: number
  version: number
  name: string
  /** The template of domain.md §6: a sample to adapt, never "the city's" scheme. */
  isSample: boolean
  /** Rounds scored with this version: while any, the version cannot be edited (save as a new one). */
  scoredRounds: string[]
}

export interface Scheme extends SchemeVersionInfo {
  components: AssessmentComponent[]
  boards: BoardRule
  /** 反复出现: a repeat problem's deduction is multiplied by this (1 = no extra deduction). */
  repeatMultiplier: number
  nodes: SchemeNode[]
}

const schemeBody = {
  name: textField('测评体系名称', 60, true),
  components: z.array(componentSchema).min(1, { error: '至少需要一个测评类别' }).max(12),
  boards: boardRuleSchema,
  repeatMultiplier: z.number().min(1).max(10).default(2),
  nodes: z.array(schemeNodeInput).max(100)
}

// ---------------------------------------------------------------- rounds

export interface RoundInfo {
  id: number
  /** 2025年第三季度. */
  name: string
  year: number
  quarter: number
  schemeId: number
  schemeLabel: string
  points: number
  findings: number
  problems: number
  /** Has findings: its scheme version is frozen. */
  scored: boolean
  openedOn: IsoDate
}

export interface RoundPoint {
  id: number
  name: string
  type: string
  areaId: number
  /** 东湖区·湖滨街道·塔头社. */
  areaPath: string
  findings: number
}

export interface AssessmentRoundDetail extends RoundInfo {
  pointList: RoundPoint[]
  surveys: { areaId: number; areaPath: string; samples: number; rate: number }[]
}

// ---------------------------------------------------------------- scores

export type AreaLevelName = 'district' | 'town' | 'village' | 'group'
export type Board = 'red' | 'black' | null

/** One area of `assess score --json`; the 测评 page and the 通报 show these same figures. */
export interface AreaScore {
  areaId: number
  level: AreaLevelName
  name: string
  /** The parent area's name (null for a 区). */
  parent: string | null
  /** Σ(weight × component) / Σ(weights present), two decimals; null when nothing was scored. */
  total: number | null
  /** Component key → 0–100 (two decimals); components with no points are absent. */
  components: Record<string, number>
  /** 1 = best within its level (区) or within its 区 (镇(街)); null when unscored. */
  rank: number | null
  /** Previous rank − this rank (positive = moved up); null when not ranked last round. */
  rankChange: number | null
  scoreChange: number | null
  board: Board
  /** Why on that board (前3名 / 后3名 / 低于85分 / 一票否决). */
  boardReason: string | null
  veto: boolean
  vetoReasons: string[]
  /** Among the bottom N 区 called in (约谈). */
  summoned: boolean
  points: number
  openProblems: number
}

export interface ProblemCounts {
  total: number
  open: number
  overdue: number
  closed: number
}

export interface RoundScore {
  round: string
  roundId: number
  scheme: string
  previousRound: string | null
  components: AssessmentComponent[]
  areas: AreaScore[]
  problems: ProblemCounts
  asOf: IsoDate
}

/** Drill-down of one area's (or one point's) score: the points, rules and deductions it came from. */
export interface ScoreExplanation {
  areaId: number
  areaPath: string
  total: number | null
  components: {
    key: string
    name: string
    weight: number
    score: number | null
    /** How the figure was formed, in words (平均 N 个点位 …). */
    formula: string
    points: {
      pointId: number | null
      name: string
      areaPath: string
      score: number
      criteria: {
        code: string
        name: string
        max: number
        earned: number
        rule: string
        deductions: { amount: number; reason: string; repeat: boolean; problemId: number | null }[]
      }[]
    }[]
  }[]
}

// ---------------------------------------------------------------- problems

export const PROBLEM_STATES = ['pending', 'rectifying', 'requested', 'closed'] as const
export type ProblemState = (typeof PROBLEM_STATES)[number]
export const PROBLEM_STATE_LABEL: Record<ProblemState, string> = {
  pending: '待交办',
  rectifying: '整改中',
  requested: '申请销号',
  closed: '已销号'
}

export interface ProblemEvent {
  at: string
  action: string
  note: string
  /** Where a unit's reply came from: the reporting round and the 填报表 it sent (null for steps taken here). */
  source: string | null
}

export interface ProblemRow {
  id: number
  roundId: number
  round: string
  pointId: number
  point: string
  pointType: string
  areaId: number
  district: string
  town: string
  areaPath: string
  criterion: string
  description: string
  location: string
  photos: string[]
  foundBy: string
  foundOn: IsoDate | null
  deduction: number
  repeat: boolean
  unitId: number | null
  unit: string | null
  assignedOn: IsoDate | null
  deadline: IsoDate | null
  state: ProblemState
  stateLabel: string
  rectification: string
  closedOn: IsoDate | null
  /** As of the asked date, on the working-day calendar like tasks; null before 交办. */
  light: LightInfo | null
  overdue: boolean
  history: ProblemEvent[]
}

const problemIds = z.array(idField('问题')).min(1, { error: '请至少选择一个问题' }).max(20_000)
const asOf = dateField('统计截止日期')

/** Entry by hand for one point: the scheme's 测评内容 as a checklist. */
export const pointEntrySchema = z
  .object({
    roundId: idField('测评轮次'),
    areaId: idField('所属区域'),
    pointName: textField('点位名称', 60, true),
    pointType: textField('点位类型', 30, true),
    foundOn: dateField('发现日期'),
    foundBy: textField('发现方式', 20).default('实地暗访'),
    results: z
      .array(
        z
          .object({
            criterionId: idField('测评内容'),
            /** pass-fail: true 符合 / false 不符合. */
            passed: z.boolean().optional(),
            /** per-problem: one entry per problem found; deduction as given overrides the rule. */
            deduction: z.number().min(0).max(100).optional(),
            /** per-point-below and ratio: the measured value. */
            value: z.number().min(0).max(1e9).optional(),
            description: textField('问题描述', 500).default(''),
            location: textField('位置', 200).default('')
          })
          .strict()
      )
      .min(1, { error: '请至少填写一项测评内容' })
      .max(500)
  })
  .strict()

export const assessmentContract = {
  /** The scheme in force for a year (latest version), or a given version. */
  'assessment.scheme': query<Scheme | null>()(
    z
      .object({ year: z.number().int().min(1990).max(2199).optional(), id: idField('测评体系').optional() })
      .strict()
  ),
  'assessment.schemes': query<SchemeVersionInfo[]>()(z.object({}).strict()),
  /** Replaces a version's tree and settings; refused when a scored round uses it (copy to a new version). */
  'assessment.saveScheme': mutation<Scheme>()(z.object({ id: idField('测评体系'), ...schemeBody }).strict()),
  /** Copies a version to a new one: the same year's next version, or version 1 of another year. */
  'assessment.copyScheme': mutation<Scheme>()(
    z.object({ id: idField('测评体系'), year: z.number().int().min(1990).max(2199).optional() }).strict()
  ),
  /** Installs the sample scheme (示例, to adapt) for a year. */
  'assessment.installSample': mutation<Scheme>()(
    z.object({ year: z.number().int().min(1990).max(2199) }).strict()
  ),

  'assessment.rounds': query<RoundInfo[]>()(z.object({}).strict()),
  'assessment.round': query<AssessmentRoundDetail>()(z.object({ id: idField('测评轮次') }).strict()),
  'assessment.openRound': mutation<RoundInfo>()(
    z
      .object({
        year: z.number().int().min(1990).max(2199),
        quarter: z.number().int().min(1, { error: '季度应为1到4' }).max(4, { error: '季度应为1到4' }),
        /** Default: the scheme in force for the year. */
        schemeId: idField('测评体系').optional(),
        openedOn: dateField('开始日期')
      })
      .strict()
  ),

  /** Scores, ranks, boards; `assess score --json` prints this same object. */
  'assessment.score': query<RoundScore>()(z.object({ roundId: idField('测评轮次'), asOf }).strict()),
  'assessment.explain': query<ScoreExplanation>()(
    z.object({ roundId: idField('测评轮次'), areaId: idField('区域') }).strict()
  ),

  'assessment.problems': query<ProblemRow[]>()(
    z
      .object({
        roundId: idField('测评轮次').optional(),
        asOf,
        areaId: idField('区域').optional(),
        unitId: idField('责任单位').optional(),
        state: z.enum(PROBLEM_STATES).optional()
      })
      .strict()
  ),
  /** 交办 (bulk): to a unit with a 整改时限, a date or N working days from the 交办 date. */
  'assessment.assign': mutation<ProblemRow[]>()(
    z
      .object({
        ids: problemIds,
        unitId: idField('责任单位'),
        assignedOn: dateField('交办日期'),
        deadline: dateField('整改时限').optional(),
        workdays: workdaysField('整改时限', 250).optional(),
        asOf
      })
      .strict()
      .refine((v) => (v.deadline === undefined) !== (v.workdays === undefined), {
        message: '整改时限请填写日期或工作日数（二选一）'
      })
  ),
  /** 申请销号 (with the unit's 整改说明), 复核 通过 → 销号, 复核 退回 → 整改中. */
  'assessment.transition': mutation<ProblemRow[]>()(
    z
      .object({
        action: z.enum(['request', 'approve', 'return'], {
          error: '操作应为 申请销号(request)、复核通过(approve) 或 退回(return)'
        }),
        ids: problemIds,
        on: dateField('日期'),
        /** request: the unit's 整改说明 (required). */
        rectification: textField('整改说明', 2000).optional(),
        /** return: why the review sent it back (required). */
        reason: textField('退回理由', 500).optional(),
        asOf
      })
      .strict()
      .refine((v) => v.action !== 'request' || (v.rectification ?? '') !== '', {
        message: '申请销号请填写整改说明',
        path: ['rectification']
      })
      .refine((v) => v.action !== 'return' || (v.reason ?? '') !== '', {
        message: '退回请填写退回理由',
        path: ['reason']
      })
  ),

  'assessment.enterPoint': mutation<RoundPoint>()(pointEntrySchema),
  /** 问卷 per area: sample size and satisfaction rate (0–100). */
  'assessment.enterSurvey': mutation<AssessmentRoundDetail>()(
    z
      .object({
        roundId: idField('测评轮次'),
        areaId: idField('区域'),
        component: z.string().max(30).default('satisfaction'),
        samples: z.number().int().min(1, { error: '样本量应至少为1' }).max(1_000_000),
        rate: z.number().min(0, { error: '满意率应在0到100之间' }).max(100, { error: '满意率应在0到100之间' })
      })
      .strict()
  ),

  /** 测评通报 (.docx, GB/T 9704), numbered in the 发文登记 register. */
  'assessment.report': mutation<{ number: string; file: ChosenFile }>()(
    z
      .object({
        roundId: idField('测评轮次'),
        asOf,
        issuedOn: dateField('发文日期'),
        deadline: dateField('整改时限'),
        target: fileRef
      })
      .strict()
  ),
  /** 问题整改交办单, one .docx per responsible unit, into a chosen folder. */
  'assessment.handovers': query<ChosenFile[]>()(
    z
      .object({ roundId: idField('测评轮次'), asOf, issuedOn: dateField('交办日期'), folder: fileRef })
      .strict()
  ),
  /** 整改台账 (.xlsx, styled like the ledger export). */
  'assessment.exportLedger': query<ChosenFile>()(
    z.object({ roundId: idField('测评轮次').optional(), asOf, target: fileRef }).strict()
  )
}
