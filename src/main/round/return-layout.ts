import type { WorkStatus } from '../../shared/domain'
import { WORK_STATUS_LABEL } from '../../shared/domain'

/**
 * The 填报表's shape, shared by the writer and the return check so the two cannot drift apart: which
 * columns are read-only (what was sent), which a unit fills in, and their limits.
 */
export const RETURN_SHEET = '填报表'
export const GUIDE_SHEET = '填报说明'
/** Holds the identity (round, unit, rows, checksum). veryHidden in what we write; LibreOffice keeps it as hidden. */
export { IDENTITY_MARK, IDENTITY_SHEET } from '../exchange/round-return-mark'
export const FORMAT_VERSION = 1

export const HEADER_ROW = 3
export const FIRST_DATA_ROW = 4

export type FillField =
  | 'progress'
  | 'problems'
  | 'nextSteps'
  | 'status'
  | 'percent'
  | 'completedDate'
  | 'evidence'
  | 'reporter'
  | 'phone'
  | 'highlight'

export interface ReturnColumn {
  header: string
  width: number
  /** null: read-only (sent by the office). */
  fill: FillField | null
  /** Text limit for a fill-in column. */
  max?: number
  prompt?: string
}

export const RETURN_COLUMNS: readonly ReturnColumn[] = [
  { header: '行标识', width: 8, fill: null },
  { header: '序号', width: 6, fill: null },
  { header: '编号', width: 12, fill: null },
  { header: '类别', width: 10, fill: null },
  { header: '事项', width: 36, fill: null },
  { header: '完成时限', width: 12, fill: null },
  { header: '亮灯', width: 12, fill: null },
  { header: '上期进展', width: 28, fill: null },
  {
    header: '本期进展',
    width: 36,
    fill: 'progress',
    max: 2000,
    prompt: '本期做了什么、到了哪一步（2000字以内）'
  },
  {
    header: '存在问题',
    width: 24,
    fill: 'problems',
    max: 1000,
    prompt: '推进中遇到的困难（1000字以内），没有可不填'
  },
  { header: '下步计划', width: 24, fill: 'nextSteps', max: 1000, prompt: '下一步安排（1000字以内）' },
  { header: '状态', width: 10, fill: 'status', prompt: '从下拉列表选择：未启动、推进中、已办结' },
  { header: '完成百分比', width: 10, fill: 'percent', prompt: '填0到100之间的整数，如 80' },
  {
    header: '办结日期',
    width: 13,
    fill: 'completedDate',
    prompt: '已办结的填写办结日期，如 2025-10-20；不能晚于今天'
  },
  {
    header: '佐证材料说明',
    width: 22,
    fill: 'evidence',
    max: 500,
    prompt: '佐证材料的名称、份数（500字以内）'
  },
  { header: '填报人', width: 10, fill: 'reporter', max: 30, prompt: '填报人姓名' },
  { header: '联系电话', width: 14, fill: 'phone', max: 30, prompt: '填报人联系电话' },
  {
    header: '亮点做法',
    width: 24,
    fill: 'highlight',
    max: 500,
    prompt: '可复制推广的好做法（选填，500字以内）'
  }
]

export const FILL_LABEL: Record<FillField, string> = Object.fromEntries(
  RETURN_COLUMNS.filter((c) => c.fill !== null).map((c) => [c.fill, c.header])
) as Record<FillField, string>

/** 1-based column number of a header. */
export function columnOf(header: string): number {
  return RETURN_COLUMNS.findIndex((c) => c.header === header) + 1
}

export const ID_COLUMN = columnOf('行标识')

export function columnLetter(n: number): string {
  let s = ''
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s
  return s
}

export const STATUS_CHOICES: readonly string[] = (['not-started', 'in-progress', 'done'] as WorkStatus[]).map(
  (s) => WORK_STATUS_LABEL[s]
)

export const KIND_LABEL = {
  task: '重点任务',
  milestone: '时间节点',
  'village-item': '村治理事项',
  problem: '测评问题'
} as const
