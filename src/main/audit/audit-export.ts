import ExcelJS from 'exceljs'
import type { AuditFilter } from '../../shared/contract'
import { AUDIT_ACTION_LABEL, AUDIT_ENTITY_LABEL } from '../../shared/contract/audit'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'
import { allAudit } from './audit-log'

/** Excel keeps at most 32,767 characters in a cell; longer before/after values are cut with a note. */
const CELL_LIMIT = 32_000

/**
 * Writes the filtered 操作日志 to an .xlsx (temporary file, then rename), one row per change with its
 * before and after values, a frozen header and a filter row that Excel, WPS and LibreOffice all honour.
 */
export async function exportAudit(
  ctx: AppContext,
  filter: AuditFilter,
  ref: string
): Promise<{ rows: number }> {
  const path = ctx.files.resolve(ref, 'output', ['export-xlsx'])
  const rows = allAudit(ctx, filter)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = ctx.settings().officeShortName
  workbook.created = new Date()
  const sheet = workbook.addWorksheet('操作日志', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: '时间', key: 'at', width: 26 },
    { header: '对象', key: 'entity', width: 14 },
    { header: '对象编号', key: 'entityId', width: 12 },
    { header: '操作', key: 'action', width: 14 },
    { header: '内容', key: 'summary', width: 80 },
    { header: '修改前', key: 'before', width: 40 },
    { header: '修改后', key: 'after', width: 40 }
  ]
  for (const row of rows) {
    sheet.addRow({
      at: row.at,
      entity: AUDIT_ENTITY_LABEL[row.entity] ?? row.entity,
      entityId: row.entityId ?? '',
      action: AUDIT_ACTION_LABEL[row.action] ?? row.action,
      summary: row.summary,
      before: clip(row.before),
      after: clip(row.after)
    })
  }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  sheet.getColumn('summary').alignment = { wrapText: true, vertical: 'top' }
  const lastRow = Math.max(1, rows.length + 1)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: 7 } }
  // LibreOffice shows exceljs's filter only when the sheet-local _FilterDatabase name exists.
  workbook.definedNames.add(`'操作日志'!$A$1:$G$${lastRow}`, '_xlnm._FilterDatabase')
  const buffer = await workbook.xlsx.writeBuffer()
  writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer))
  return { rows: rows.length }
}

function clip(value: string | null): string {
  if (value === null) return ''
  return value.length > CELL_LIMIT ? `${value.slice(0, CELL_LIMIT)}…（内容过长，已截断）` : value
}
