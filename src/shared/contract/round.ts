import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import type { ChosenFile } from '../file-purposes'
import type { WorkStatus } from '../domain'
import { fileRef } from './file'
import { dateField, idField, textField, workdaysField } from './labelled-fields'
import { mutation, query } from './define'

/**
 * Reporting rounds (填报轮次, issue 15). A round asks chosen units about chosen items as of one 统计截止日期;
 * its units and items are fixed when it opens. Each unit gets its own 填报表 (.xlsx) whose identity sheet
 * names the round, the unit, the items and a checksum of what was sent; returns are recognised by that
 * content, not by their file names. Checking a return writes nothing (`round.collectPreview`); 采纳
 * (`round.accept`) and 退回 (`round.return`) are per unit and all-or-nothing.
 */

export const ROUND_ITEM_KINDS = ['tasks', 'milestones', 'village-items', 'problems'] as const
export type RoundItemKind = (typeof ROUND_ITEM_KINDS)[number]
export const ROUND_ITEM_KIND_LABEL: Record<RoundItemKind, string> = {
  tasks: '重点任务',
  milestones: '时间节点',
  'village-items': '村治理事项',
  problems: '测评问题整改'
}

/** lead: the unit reports on items it leads (主责); also-support: also on items it supports (配合). */
export const ROUND_ROLES = ['lead', 'also-support'] as const
export type RoundRole = (typeof ROUND_ROLES)[number]

/** One item's kind inside a round (singular: a task, a milestone, a village item, a 测评问题 handed to the unit). */
export type RoundEntryKind = 'task' | 'milestone' | 'village-item' | 'problem'

/** A unit's state on the board (报送情况). reported/late: a return arrived (on time / after the due date), not yet decided. */
export const ROUND_UNIT_STATES = ['reported', 'late', 'missing', 'returned', 'accepted'] as const
export type RoundUnitState = (typeof ROUND_UNIT_STATES)[number]
export const ROUND_UNIT_STATE_LABEL: Record<RoundUnitState, string> = {
  reported: '已报',
  late: '逾期报送',
  missing: '未报',
  returned: '已退回',
  accepted: '已采纳'
}

export interface RoundSummary {
  id: number
  title: string
  asOf: IsoDate
  due: IsoDate
  openedOn: IsoDate
  units: number
  items: number
  /** Units whose latest return was accepted. */
  accepted: number
  /** When the workbooks were last written (ISO timestamp), null before. */
  filesWrittenAt: string | null
}

export interface RoundItemRow {
  /** round_item id: the row's identity inside the round. */
  id: number
  kind: RoundEntryKind
  /** The record (task, milestone, village item or 测评问题) it asks about. */
  itemId: number
  role: 'lead' | 'support'
  code: string
  title: string
  deadline: IsoDate | null
  /** 红/黄/绿 label as of the round's date (逾期 / 临期 / 正常 / 已办结 …). */
  lightLabel: string
  status: WorkStatus
  percent: number | null
  /** The last accepted progress text when the round opened. */
  lastProgress: string
}

export interface RoundUnitRow {
  unitId: number
  unit: string
  items: number
}

export interface RoundDetail extends RoundSummary {
  itemKinds: RoundItemKind[]
  role: RoundRole
  units: number
  unitRows: RoundUnitRow[]
}

/** A unit that could be asked, for the 发起填报 dialog. */
export interface RoundCandidateUnit {
  unitId: number
  unit: string
  /** Open items it leads / supports of each kind, as of the date asked. */
  lead: number
  support: number
}

export interface RoundOpenResult {
  id: number
  due: IsoDate
  units: { unitId: number; unit: string; items: number }[]
  items: number
}

export interface RoundFilesResult {
  folder: ChosenFile
  zip: ChosenFile
  notice: ChosenFile
  files: { unit: string; file: ChosenFile; items: number }[]
}

/** A problem in a returned file, where the clerk can find it. sheet/row/column null when it is about the whole file. */
export interface ReturnProblem {
  sheet: string | null
  row: number | null
  /** Column letter (A, B …). */
  column: string | null
  message: string
}

export interface ReturnChange {
  roundItemId: number
  itemId: number
  kind: RoundEntryKind
  code: string
  title: string
  /** Row in the returned sheet. */
  row: number
  /** Field label → [old, new] as text, only fields the unit filled in and that differ. */
  fields: { field: string; label: string; old: string; new: string }[]
  /** Fill-in columns left empty on this row (labels). */
  empty: string[]
  /** 亮点做法, when the unit wrote one. */
  highlight: string
}

export type ReturnVerdict = 'ok' | 'refused'

/** Where a checked file came from: a chosen file, or an entry of a chosen folder or .zip. */
export interface ReturnSource {
  ref: string
  /** Path inside the folder or .zip; absent for a file chosen on its own. */
  entry?: string
}

export interface ReturnCheck {
  source: ReturnSource
  /** What to show: the file name (and the .zip/folder it came in). */
  name: string
  /** sha-256 of the file's bytes: accept/return pass it back so a file changed since the check is refused. */
  checksum: string
  /** The round and unit the file identifies itself as (null when it is not a 填报表 of this round). */
  roundId: number | null
  unitId: number | null
  unit: string | null
  verdict: ReturnVerdict
  changes: ReturnChange[]
  /** Number of rows with nothing filled in. */
  emptyRows: number
  problems: ReturnProblem[]
  /**
   * A second return from the same unit (in this batch or already recorded): what differs from the other
   * one, and which stands (the later accepted one stands; an earlier accepted return is kept in history).
   */
  duplicate: { otherName: string; differences: string[]; stands: 'this' | 'other' } | null
  /** This exact file was already accepted (accepting it again is refused). */
  alreadyAccepted: boolean
}

export interface CollectPreview {
  roundId: number
  files: ReturnCheck[]
}

export interface AcceptResult {
  returnId: number
  unit: string
  items: number
  progressRows: number
  /** 测评问题 the return moved to 申请销号 (rows marked 已办结), for the office's 复核. */
  problemsRequested: number
}

export interface ReturnResult {
  returnId: number
  unit: string
  file: ChosenFile
}

export interface RoundBoardUnit {
  unitId: number
  unit: string
  state: RoundUnitState
  /** When the latest return arrived (YYYY-MM-DD), null when none. */
  returnedAt: IsoDate | null
  /** Whether the first return arrived by the due date (null when none yet). */
  onTime: boolean | null
  returns: number
  items: number
}

export interface RoundBoard {
  roundId: number
  title: string
  due: IsoDate
  asOf: IsoDate
  units: RoundBoardUnit[]
  counts: Record<RoundUnitState, number>
  /** Units whose first return arrived by the due date / all units, 0–1; null before the due date with no return. */
  onTimeRate: number | null
}

export interface RoundReturnRow {
  id: number
  unitId: number
  unit: string
  fileName: string
  checksum: string | null
  receivedAt: IsoDate
  outcome: 'received' | 'accepted' | 'returned'
  /** Reason(s) for a 退回, or the problems found. */
  problems: ReturnProblem[]
  reason: string
  acceptedItems: number
  decidedAt: string | null
}

/** One unit's reporting record across rounds (who reports late or not at all). */
export interface UnitRoundHistoryRow {
  roundId: number
  title: string
  due: IsoDate
  state: RoundUnitState
  returnedAt: IsoDate | null
  onTime: boolean | null
}

/** One 催报通知, numbered in the reminder series of the 发文登记 (the numbers continue the 催办通知's). */
export interface RoundReminderRow {
  id: number
  unitId: number | null
  unit: string
  number: string
  issuedOn: IsoDate
  file: ChosenFile | null
}

export interface RemindResult {
  reminders: RoundReminderRow[]
  /** Units not chased and why (e.g. the due date has not passed). */
  skipped: string[]
}

/** An accepted 亮点做法, for the 简报's 工作亮点 section. */
export interface RoundHighlight {
  /** progress_report id that carries it. */
  id: number
  roundId: number
  unit: string
  itemTitle: string
  text: string
}

const asOf = dateField('统计截止日期')
const roundId = idField('填报轮次')
const sourceSchema = z
  .object({
    ref: fileRef,
    entry: z.string().min(1).max(500).optional()
  })
  .strict()
const checksum = z.string().regex(/^[0-9a-f]{64}$/, { message: '文件校验值无效，请重新检查文件' })

export const roundContract = {
  'round.list': query<RoundSummary[]>()(z.object({}).strict()),
  'round.get': query<RoundDetail>()(z.object({ id: roundId }).strict()),
  /** Units that could be asked, with their open items, for the 发起填报 dialog. */
  'round.candidates': query<RoundCandidateUnit[]>()(
    z
      .object({
        asOf,
        itemKinds: z
          .array(z.enum(ROUND_ITEM_KINDS))
          .min(1, { message: '请至少选择一类填报内容' })
          .max(ROUND_ITEM_KINDS.length)
      })
      .strict()
  ),
  'round.items': query<RoundItemRow[]>()(z.object({ id: roundId, unitId: idField('单位') }).strict()),
  'round.open': mutation<RoundOpenResult>()(
    z
      .object({
        title: textField('填报标题', 100, true),
        asOf,
        /** The day the round is opened (发起日期); working days are counted from it. */
        openedOn: dateField('发起日期'),
        due: z.discriminatedUnion('mode', [
          z.object({ mode: z.literal('date'), date: dateField('报送截止日期') }).strict(),
          z.object({ mode: z.literal('workdays'), workdays: workdaysField('报送期限', 60) }).strict()
        ]),
        units: z.discriminatedUnion('mode', [
          z.object({ mode: z.literal('all') }).strict(),
          z.object({ mode: z.literal('open') }).strict(),
          z
            .object({
              mode: z.literal('named'),
              unitIds: z.array(idField('单位')).min(1, { message: '请至少选择一个单位' }).max(2_000)
            })
            .strict()
        ]),
        itemKinds: z
          .array(z.enum(ROUND_ITEM_KINDS))
          .min(1, { message: '请至少选择一类填报内容' })
          .max(ROUND_ITEM_KINDS.length),
        role: z.enum(ROUND_ROLES).default('lead'),
        contact: textField('联系人及电话', 80).default('')
      })
      .strict()
  ),
  /** Writes every unit's 填报表, the 填报通知 and a .zip of the folder into a subfolder of the chosen folder. */
  'round.writeFiles': mutation<RoundFilesResult>()(
    z.object({ id: roundId, folder: fileRef, issuedOn: dateField('发文日期') }).strict()
  ),
  /**
   * Checks returned files and says what accepting them would do; writes nothing. `files` are
   * 'round-return' file refs or 'round-folder' folder refs (the folder's .xlsx/.zip are read).
   */
  'round.collectPreview': query<CollectPreview>()(
    z
      .object({
        id: roundId,
        asOf,
        files: z.array(fileRef).max(500).default([]),
        folders: z.array(fileRef).max(20).default([])
      })
      .strict()
      .refine((v) => v.files.length + v.folders.length > 0, { message: '请选择要收取的文件' })
  ),
  /**
   * 收取: checks like collectPreview and records each file that identifies a unit of this round as a
   * received return (已报, or 逾期报送 after the due date) without applying it; the same file twice is
   * recorded once. Refused files are recorded with their problems, so the board shows the unit reported.
   */
  'round.receive': mutation<CollectPreview>()(
    z
      .object({
        id: roundId,
        asOf,
        files: z.array(fileRef).max(500).default([]),
        folders: z.array(fileRef).max(20).default([])
      })
      .strict()
      .refine((v) => v.files.length + v.folders.length > 0, { message: '请选择要收取的文件' })
  ),
  /** 采纳: applies a checked return (all items or the chosen round items) in one transaction. */
  'round.accept': mutation<AcceptResult>()(
    z
      .object({
        id: roundId,
        source: sourceSchema,
        checksum,
        /** round_item ids; absent = every item the file answers. */
        itemIds: z.array(idField('填报事项')).min(1).max(50_000).optional(),
        asOf
      })
      .strict()
  ),
  /** 退回: records the send-back and writes the 退回说明 (.docx) for the unit into the chosen folder. */
  'round.return': mutation<ReturnResult>()(
    z
      .object({
        id: roundId,
        unitId: idField('单位'),
        /** The checked file being sent back, if any (a unit may also be sent back without a file). */
        source: sourceSchema.optional(),
        checksum: checksum.optional(),
        reason: textField('退回原因', 1000).default(''),
        itemReasons: z
          .array(
            z.object({ roundItemId: idField('填报事项'), reason: textField('退回原因', 500, true) }).strict()
          )
          .max(5_000)
          .default([]),
        folder: fileRef,
        asOf
      })
      .strict()
      .refine((v) => v.reason.length > 0 || v.itemReasons.length > 0, { message: '请填写退回原因' })
  ),
  'round.status': query<RoundBoard>()(z.object({ id: roundId, asOf }).strict()),
  /** 催报通知 for the units still 未报 after the due date, numbered in the 发文登记 register. */
  'round.remind': mutation<RemindResult>()(
    z.object({ id: roundId, asOf, issuedOn: dateField('发文日期'), folder: fileRef }).strict()
  ),
  /** Every return of the round (received, accepted, returned, and why). */
  'round.history': query<RoundReturnRow[]>()(z.object({ id: roundId }).strict()),
  /** A unit's record across rounds. */
  'round.unitHistory': query<UnitRoundHistoryRow[]>()(z.object({ unitId: idField('单位'), asOf }).strict()),
  /** Accepted 亮点做法 of the rounds with this 统计截止日期, for the 简报. */
  'round.highlights': query<RoundHighlight[]>()(z.object({ asOf }).strict())
}
