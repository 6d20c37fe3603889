import { PROGRESS_HEADER_WORDS } from '../../header-match'

/**
 * The fields a task sheet's columns are read as, in the order the mapping step lists them, with the word it
 * shows for each (the first synonym a clerk would write).
 */
export const TASK_FIELD_LABEL = {
  code: '编号',
  group: '分类',
  phase: '阶段',
  title: '工作任务',
  measures: '具体举措',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  leader: '责任领导',
  startDate: '开始时间',
  deadline: '完成时限',
  status: '状态',
  percent: '进度',
  completedDate: '完成日期',
  progress: '进展情况',
  progressDate: '进展日期',
  note: '备注'
} as const
export type TaskField = keyof typeof TASK_FIELD_LABEL

/** A sheet cannot be imported as tasks without a column for these (in the order a message names them). */
export const TASK_REQUIRED: readonly TaskField[] = ['title']

/** The header words clerks write for each field, most usual first (matched by header-match.ts). */
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
  deadline: PROGRESS_HEADER_WORDS.deadline,
  status: PROGRESS_HEADER_WORDS.status,
  percent: PROGRESS_HEADER_WORDS.percent,
  completedDate: PROGRESS_HEADER_WORDS.completedDate,
  progress: ['进展情况', '推进情况', '完成情况', '工作进展', '最新进展', '进展', '进度情况'],
  progressDate: ['进展日期', '填报日期', '进展填报日期', '更新日期'],
  note: PROGRESS_HEADER_WORDS.note
}
