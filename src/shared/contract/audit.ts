import { z } from 'zod'
import { query } from './define'
import { fileRef } from './file'
import { dateField, textField } from './labelled-fields'

/** 设置 → 操作日志: the audit log with filters and export. */

export const auditFilterSchema = z
  .object({
    from: dateField('开始日期').nullable().default(null),
    to: dateField('结束日期').nullable().default(null),
    entity: textField('对象', 40).nullable().default(null),
    action: textField('操作', 40).nullable().default(null),
    text: textField('关键词', 100).default('')
  })
  .strict()
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, {
    error: '开始日期不能晚于结束日期',
    path: ['from']
  })

export type AuditFilter = z.output<typeof auditFilterSchema>

export interface AuditRow {
  id: number
  at: string
  entity: string
  entityId: string | null
  action: string
  summary: string
  before: string | null
  after: string | null
}

export interface AuditPage {
  rows: AuditRow[]
  total: number
  /** Entities and actions present in the log, for the filter lists. */
  entities: string[]
  actions: string[]
}

export const auditContract = {
  'audit.list': query<AuditPage>()(
    z
      .object({
        filter: auditFilterSchema,
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(10).max(500).default(50)
      })
      .strict()
  ),
  /** Writes the filtered log to an .xlsx file (export-xlsx); answers how many rows it holds. */
  'audit.export': query<{ rows: number }>()(z.object({ filter: auditFilterSchema, ref: fileRef }).strict())
}

/** 操作日志's words for the entities (table names) and actions services record (store/audit.ts). */
export const AUDIT_ENTITY_LABEL: Record<string, string> = {
  task: '任务',
  village_item: '村治理事项',
  milestone: '时间节点',
  governance_item: '治理事项目录',
  unit: '单位',
  area: '区域',
  setting: '设置',
  calendar_day: '工作日历',
  dataset: '数据文件',
  document: '公文',
  backup: '备份'
}

export const AUDIT_ACTION_LABEL: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '恢复',
  'bulk-update': '批量修改',
  import: '导入',
  'load-sample': '载入示例数据',
  report: '进展填报',
  schedule: '倒排工期',
  issue: '发文',
  settings: '修改设置',
  calendar: '修改工作日历',
  backup: '备份',
  'restore-backup': '恢复备份'
}
