import type { ImportField, ImportKind, TaskField, VillageField } from '../../shared/contract'

/**
 * The header words clerks write for each field, most usual first. A header matches a field when, after
 * normalising (full-width → half-width, spaces, line breaks and "*" removed), it equals one of these
 * words, or equals one once a bracketed remark is dropped ("完成时限（截止时间）" → 完成时限), or — last —
 * is short (a header, not a title line) and contains one (the longest wins: "市级牵头单位" → 牵头单位).
 */
export const TASK_HEADER_WORDS: Record<TaskField, readonly string[]> = {
  code: ['编号', '任务编号', '序号', '任务序号'],
  group: ['分类', '类别', '任务类别', '板块', '领域', '专项'],
  phase: ['阶段', '实施阶段', '推进阶段', '年度'],
  title: [
    '工作任务',
    '重点任务',
    '任务名称',
    '任务内容',
    '主要任务',
    '任务',
    '重点工作',
    '工作事项',
    '任务事项'
  ],
  measures: ['具体举措', '工作措施', '主要内容', '具体措施', '工作举措', '主要措施', '具体内容', '工作内容'],
  leadUnits: ['牵头单位', '责任单位', '主责单位', '牵头部门', '责任部门', '主责部门'],
  supportUnits: ['配合单位', '协办单位', '配合部门', '协办部门', '参与单位', '协同单位'],
  leader: ['责任领导', '分管领导', '牵头领导', '挂钩领导', '包干领导'],
  startDate: ['开始时间', '开始日期', '启动时间', '启动日期'],
  deadline: [
    '完成时限',
    '完成时间',
    '时间节点',
    '截止时间',
    '办结时限',
    '截止日期',
    '完成期限',
    '时限要求',
    '时限'
  ],
  status: ['状态', '完成状态', '办理状态', '推进状态', '任务状态'],
  percent: ['进度', '完成进度', '完成比例', '进度百分比', '完成率'],
  completedDate: ['完成日期', '办结日期', '实际完成时间', '实际完成日期', '销号日期', '办结时间'],
  progress: ['进展情况', '推进情况', '完成情况', '工作进展', '最新进展', '进展', '进度情况'],
  progressDate: ['进展日期', '填报日期', '进展填报日期', '更新日期'],
  note: ['备注', '说明']
}

export const VILLAGE_HEADER_WORDS: Record<VillageField, readonly string[]> = {
  district: ['区', '所属区', '区县', '行政区', '区(县)'],
  town: ['镇(街)', '镇街', '镇(街道)', '街道(镇)', '街镇', '镇', '街道', '所属镇街'],
  village: ['村(居)', '村居', '村(社区)', '社区(村)', '村(居委会)', '社区', '村', '城中村'],
  group: ['村民小组(社)', '村民小组', '社', '自然村', '小组', '村民小组/社'],
  item: ['治理事项', '事项', '治理项目', '治理内容', '治理事项名称'],
  unit: ['责任单位', '牵头单位', '主责单位', '责任部门'],
  deadline: TASK_HEADER_WORDS.deadline,
  status: TASK_HEADER_WORDS.status,
  percent: TASK_HEADER_WORDS.percent,
  completedDate: TASK_HEADER_WORDS.completedDate,
  note: TASK_HEADER_WORDS.note
}

/** The field a sheet cannot be imported without. */
export const KEY_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  tasks: ['title'],
  villages: ['item', 'village']
}

export function headerWords(kind: ImportKind): Record<string, readonly string[]> {
  return kind === 'tasks' ? TASK_HEADER_WORDS : VILLAGE_HEADER_WORDS
}

/** Full-width → half-width, no spaces, no line breaks, no "*" marks of required columns. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
}

/** How well a header names a field: 3 exact, 2 exact once a bracketed remark is dropped, 1 contains. */
export interface HeaderMatch {
  field: ImportField
  quality: 1 | 2 | 3
  /** Length of the matched word, to prefer "牵头单位" over "单位"-like shorter words. */
  length: number
}

export function matchHeader(kind: ImportKind, header: string): HeaderMatch | null {
  const normal = normalizeHeader(header)
  if (normal === '' || normal.length > 40) return null
  const bare = normal.replace(/\([^)]*\)/g, '')
  let best: HeaderMatch | null = null
  for (const [field, words] of Object.entries(headerWords(kind))) {
    for (const raw of words) {
      const word = normalizeHeader(raw)
      const quality: 0 | 1 | 2 | 3 =
        normal === word
          ? 3
          : bare === word
            ? 2
            : word.length >= 2 && bare.length <= 12 && bare.includes(word)
              ? 1
              : 0
      if (quality === 0) continue
      const candidate: HeaderMatch = { field: field as ImportField, quality, length: word.length }
      if (!best || quality > best.quality || (quality === best.quality && word.length > best.length)) {
        best = candidate
      }
    }
  }
  return best
}
