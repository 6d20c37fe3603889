import type { CamelRow } from '../../../store/rows'
import { PROGRESS_HEADER_WORDS } from '../../header-match'

/** The fields of a village item's long-form row, in the order the mapping step lists them, with their words. */
export const VILLAGE_FIELD_LABEL = {
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
} as const
export type VillageField = keyof typeof VILLAGE_FIELD_LABEL

/** A sheet cannot be imported as village items without these columns (in the order a message names them). */
export const VILLAGE_REQUIRED: readonly VillageField[] = ['item', 'village']

export const VILLAGE_HEADER_WORDS: Record<VillageField, readonly string[]> = {
  district: ['区', '所属区', '区县', '行政区', '区(县)'],
  town: ['镇(街)', '镇街', '镇(街道)', '街道(镇)', '街镇', '镇', '街道', '所属镇街'],
  village: ['村(居)', '村居', '村(社区)', '社区(村)', '村(居委会)', '社区', '村', '城中村'],
  group: ['村民小组(社)', '村民小组', '社', '自然村', '小组', '村民小组/社'],
  item: ['治理事项', '事项', '治理项目', '治理内容', '治理事项名称'],
  unit: ['责任单位', '牵头单位', '主责单位', '责任部门'],
  // The last five fields, in this order: on a tie between two fields' words the earlier field wins.
  ...PROGRESS_HEADER_WORDS
}

/** A village item's own values, as an import reads and writes them (applicable as a boolean). */
export type VillageItemValues = CamelRow<
  'village_item',
  'deadline' | 'status' | 'percent' | 'completed_date' | 'note'
> & { applicable: boolean }
