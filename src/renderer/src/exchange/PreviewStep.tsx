import { Alert, Button, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { PreviewRow, PreviewRowStatus } from '../../../shared/contract'
import { rowKey, type ImportWizardState } from './use-import-wizard'

const STATUS: Record<PreviewRowStatus, { color: string; text: string }> = {
  new: { color: 'green', text: '新增' },
  changed: { color: 'blue', text: '修改' },
  unchanged: { color: 'default', text: '不变' },
  error: { color: 'red', text: '有误' }
}

type Filter = PreviewRowStatus | 'all'

/**
 * 预览: what the import would do, before anything is written — counts, new units, and every row with
 * its changes field by field or its errors with sheet, row and column. Rows can be deselected; rows with
 * errors must be (or the file corrected) before the import can run.
 */
export function PreviewStep({
  wizard,
  readsProgress
}: {
  wizard: ImportWizardState
  /** The kind reads 进展 texts (a task ledger): only then are 进展 counts and 填报日期 worth a line. */
  readsProgress: boolean
}): React.JSX.Element | null {
  const { preview, excluded, setExcluded, errorKeys } = wizard
  const counts = preview?.counts
  const [filter, setFilter] = useState<Filter>(() =>
    counts?.error ? 'error' : counts?.changed ? 'changed' : counts?.new ? 'new' : 'all'
  )
  const rows = useMemo(
    () => (preview?.rows ?? []).filter((r) => filter === 'all' || r.status === filter),
    [preview, filter]
  )
  if (!preview || !counts) return null
  const keptErrors = [...errorKeys].filter((k) => !excluded.has(k)).length
  const toggle = (keys: string[], keep: boolean) =>
    setExcluded((current) => {
      const next = new Set(current)
      for (const key of keys) {
        if (keep) next.delete(key)
        else next.add(key)
      }
      return next
    })

  return (
    <Space
      orientation="vertical"
      size={12}
      style={{ width: '100%' }}
      className="exchange-preview"
      data-testid="preview-step"
    >
      <Space size={40} className="exchange-counts">
        <Statistic title="新增" value={counts.new} data-testid="count-new" />
        <Statistic title="修改" value={counts.changed} data-testid="count-changed" />
        <Statistic title="不变" value={counts.unchanged} data-testid="count-unchanged" />
        <Statistic
          title="有误"
          value={counts.error}
          data-testid="count-error"
          styles={{ content: { color: counts.error ? '#cf1322' : undefined } }}
        />
        {readsProgress ? (
          <Statistic title="新增进展记录" value={preview.reportsAdded} data-testid="count-reports" />
        ) : null}
        <Statistic title="略过的空行、标题、备注" value={preview.skippedRows} />
      </Space>
      {preview.createsPlan ? (
        <Alert
          type="info"
          showIcon
          title={`数据文件中还没有行动方案，导入时将新建“${preview.createsPlan}”及试点、攻坚、全覆盖三个阶段。`}
        />
      ) : null}
      {readsProgress ? (
        <Alert
          type="info"
          showIcon
          data-testid="sheet-dates"
          title={preview.sheets
            .filter((s) => !s.problem)
            .map((s) =>
              s.sheetDate
                ? `“${s.sheet}”的填报日期：${s.sheetDate.date}（取自${s.sheetDate.from}），没有写日期的进展记为这一天。`
                : `“${s.sheet}”没有写填报日期，没有写日期的进展记为统计截止日期 ${wizard.asOf}。`
            )
            .join('')}
        />
      ) : null}
      {[...fixOffers(preview.rows)].map(([name, offer]) => (
        <Alert
          key={name}
          type="warning"
          showIcon
          data-testid="row-warnings"
          title={`${offer.rows}行${offer.message}。核对后可一键${offer.label}；不点则按表中所写导入。`}
          action={
            <Button size="small" onClick={() => void wizard.applyFix(name)} data-testid={`fix-${name}`}>
              {offer.label}（{offer.rows}行）
            </Button>
          }
        />
      ))}
      {preview.newUnits.length > 0 ? (
        <Alert
          type="info"
          showIcon
          data-testid="new-units"
          title={`将新建${preview.newUnits.length}个单位（按名称和简称都没有找到）：${preview.newUnits.join('、')}`}
        />
      ) : null}
      {keptErrors > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="errors-kept"
          title={`还有${keptErrors}行有误。请改正表格后重新选择文件，或取消勾选这些行（取消勾选的行不导入）。`}
          action={
            <Button size="small" onClick={() => toggle([...errorKeys], false)} data-testid="deselect-errors">
              取消勾选全部有误的行
            </Button>
          }
        />
      ) : null}
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'error', label: `有误 ${counts.error}` },
          { value: 'changed', label: `修改 ${counts.changed}` },
          { value: 'new', label: `新增 ${counts.new}` },
          { value: 'unchanged', label: `不变 ${counts.unchanged}` },
          { value: 'all', label: '全部' }
        ]}
        data-testid="preview-filter"
      />
      <Table<PreviewRow>
        size="small"
        virtual
        scroll={{ y: 340 }}
        pagination={false}
        dataSource={rows}
        rowKey={(r) => rowKey(r.sheet, r.row)}
        data-testid="preview-rows"
        rowClassName={(r) => (excluded.has(rowKey(r.sheet, r.row)) ? 'exchange-row-excluded' : '')}
        rowSelection={{
          columnWidth: 44,
          selectedRowKeys: rows.map((r) => rowKey(r.sheet, r.row)).filter((k) => !excluded.has(k)),
          onSelect: (record, selected) => toggle([rowKey(record.sheet, record.row)], selected),
          onSelectAll: (selected, _rows, changed) =>
            toggle(
              changed.map((r) => rowKey(r.sheet, r.row)),
              selected
            )
        }}
        locale={{ emptyText: '没有这类行' }}
        columns={[
          { title: '工作表', dataIndex: 'sheet', width: 96, ellipsis: true },
          { title: '行', dataIndex: 'row', width: 56, align: 'right' },
          {
            title: '结果',
            dataIndex: 'status',
            width: 64,
            render: (s: PreviewRowStatus) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag>
          },
          { title: '内容', dataIndex: 'label', width: 260, ellipsis: true },
          { title: '说明', render: (_: unknown, row) => <RowDetail row={row} /> }
        ]}
      />
    </Space>
  )
}

function RowDetail({ row }: { row: PreviewRow }): React.JSX.Element {
  if (row.errors.length > 0) {
    return (
      <div className="exchange-errors">
        {row.errors.map((e, i) => (
          <div key={i}>
            {e.column ? <b>{`${e.column}列${e.header ? `（${e.header}）` : ''}：`}</b> : null}
            {e.message}
          </div>
        ))}
      </div>
    )
  }
  const warnings = row.warnings.map((w, i) => (
    <div key={`w${i}`} className="exchange-warning">
      {w.message}
    </div>
  ))
  if (row.changes.length > 0) {
    return (
      <div className="exchange-changes">
        {row.changes.map((c) => (
          <div key={c.field}>
            <b>{c.label}</b>：<span className="exchange-before">{c.before || '（空）'}</span> →{' '}
            <span className="exchange-after">{c.after || '（空）'}</span>
          </div>
        ))}
        {warnings}
      </div>
    )
  }
  return (
    <>
      <Typography.Text type="secondary">{row.summary}</Typography.Text>
      {warnings}
    </>
  )
}

/** The fixes the rows' warnings offer, each with how many rows and what the warning says. */
function fixOffers(
  rows: readonly PreviewRow[]
): Map<string, { label: string; message: string; rows: number }> {
  const offers = new Map<string, { label: string; message: string; rows: number }>()
  for (const row of rows) {
    for (const w of row.warnings) {
      if (!w.fix) continue
      const offer = offers.get(w.fix.name)
      if (offer) offer.rows++
      else offers.set(w.fix.name, { label: w.fix.label, message: w.fix.why, rows: 1 })
    }
  }
  return offers
}
