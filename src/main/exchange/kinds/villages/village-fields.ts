import type { ImportKindField } from '../../../../shared/contract/exchange'
import { PROGRESS_HEADER_WORDS } from '../../header-match'

/** The fields of a village item's long-form row, in the order the mapping step lists them. */
export const VILLAGE_FIELDS = [
  'district',
  'town',
  'village',
  'group',
  'item',
  'unit',
  'deadline',
  'status',
  'percent',
  'completedDate',
  'note'
] as const
export type VillageField = (typeof VILLAGE_FIELDS)[number]

export const VILLAGE_FIELD_LABEL: Record<VillageField, string> = {
  district: '区',
  town: '镇(街)',
  village: '村(居)',
  group: '村民小组(社)',
  item: '治理事项',
  unit: '责任单位',
  deadline: '完成时限',
  status: '状态',
  percent: '进度',
  completedDate: '完成日期',
  note: '备注'
}

/** A sheet cannot be imported as village items without a column for these. */
const REQUIRED: readonly VillageField[] = ['item', 'village']

export const VILLAGE_KIND_FIELDS: ImportKindField[] = VILLAGE_FIELDS.map((field) => ({
  field,
  label: VILLAGE_FIELD_LABEL[field],
  required: REQUIRED.includes(field)
}))

export const VILLAGE_HEADER_WORDS: Record<VillageField, readonly string[]> = {
  district: ['区', '所属区', '区县', '行政区', '区(县)'],
  town: ['镇(街)', '镇街', '镇(街道)', '街道(镇)', '街镇', '镇', '街道', '所属镇街'],
  village: ['村(居)', '村居', '村(社区)', '社区(村)', '村(居委会)', '社区', '村', '城中村'],
  group: ['村民小组(社)', '村民小组', '社', '自然村', '小组', '村民小组/社'],
  item: ['治理事项', '事项', '治理项目', '治理内容', '治理事项名称'],
  unit: ['责任单位', '牵头单位', '主责单位', '责任部门'],
  deadline: PROGRESS_HEADER_WORDS.deadline,
  status: PROGRESS_HEADER_WORDS.status,
  percent: PROGRESS_HEADER_WORDS.percent,
  completedDate: PROGRESS_HEADER_WORDS.completedDate,
  note: PROGRESS_HEADER_WORDS.note
}
