import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd'
import type { ImportKindField, SheetColumn, SheetMapping } from '../../../shared/contract'
import type { ImportWizardState } from './use-import-wizard'

const SOURCE_TAG: Record<SheetMapping['source'], { color: string; text: string }> = {
  auto: { color: 'blue', text: '按列名自动识别' },
  remembered: { color: 'green', text: '沿用上次对这种表头的调整' },
  clerk: { color: 'orange', text: '已按您的调整读取' }
}

/**
 * 对应列: each sheet's columns with their header, a few values and the field they are read as; the clerk
 * corrects any of them (the choice is remembered for sheets with the same headers once imported).
 */
export function MappingStep({
  wizard,
  fields
}: {
  wizard: ImportWizardState
  /** The kind's fields, as the main process declares them (exchange.kinds). */
  fields: readonly ImportKindField[]
}): React.JSX.Element | null {
  const { preview, mapping, setField } = wizard
  if (!preview) return null
  const options = [
    { value: '', label: '（不导入）' },
    ...fields.map((f) => ({ value: f.field, label: f.label }))
  ]
  const required = fields.filter((f) => f.required).map((f) => `“${f.label}”`)

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="mapping-step">
      <Typography.Text type="secondary">
        请核对每一列读作什么。列名不标准时可以改选；改选后再读取一次，导入后下次遇到同样表头的工作表会自动沿用。
        {required.length > 0 ? `必须有对应${required.join('、')}的列。` : ''}
      </Typography.Text>
      {preview.skippedSheets.length > 0 ? (
        <Alert
          type="info"
          showIcon
          title="以下工作表未读取"
          description={preview.skippedSheets.map((s) => `“${s.sheet}”：${s.reason}`).join('；')}
        />
      ) : null}
      {preview.sheets.map((sheet) => (
        <Card
          key={sheet.sheet}
          size="small"
          data-testid={`mapping-sheet-${sheet.sheet}`}
          title={
            <Space wrap>
              <span>工作表“{sheet.sheet}”</span>
              <Typography.Text type="secondary">表头在第{sheet.headerRow}行</Typography.Text>
              <Tag color={SOURCE_TAG[sheet.source].color}>{SOURCE_TAG[sheet.source].text}</Tag>
            </Space>
          }
        >
          {sheet.problem ? (
            <Alert
              type="error"
              showIcon
              title={sheet.problem}
              style={{ marginBottom: 8 }}
              data-testid="mapping-problem"
            />
          ) : null}
          {sheet.contextYear || sheet.sheetDate || sheet.notes.length > 0 ? (
            <ul className="exchange-notes">
              {sheet.contextYear ? (
                <li>
                  只写了月、日的日期（如“6月30日前”）按 <b>{sheet.contextYear.year}年</b> 读取，依据：
                  {sheet.contextYear.from}。
                </li>
              ) : null}
              {sheet.sheetDate ? (
                <li>
                  表格的填报日期为 <b>{sheet.sheetDate.date}</b>，依据：{sheet.sheetDate.from}。
                </li>
              ) : null}
              {sheet.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          <Table<SheetColumn>
            size="small"
            pagination={false}
            rowKey="index"
            dataSource={sheet.columns}
            scroll={{ y: 300 }}
            columns={[
              { title: '列', dataIndex: 'letter', width: 52, align: 'center' },
              {
                title: '表中的列名',
                dataIndex: 'header',
                width: 180,
                render: (h: string) => h || <i>（空）</i>
              },
              {
                title: '前几行的内容',
                dataIndex: 'samples',
                ellipsis: true,
                render: (samples: string[]) => (
                  <Typography.Text type="secondary" ellipsis>
                    {samples.join(' ｜ ')}
                  </Typography.Text>
                )
              },
              {
                title: '读作',
                width: 170,
                render: (_: unknown, column) => {
                  const value = mapping[sheet.sheet]?.[column.index] ?? null
                  return (
                    <Select
                      size="small"
                      style={{ width: 150 }}
                      aria-label={`${column.letter}列读作`}
                      data-testid={`map-${column.letter}`}
                      value={value ?? ''}
                      options={options}
                      onChange={(v: string) => setField(sheet.sheet, column.index, v === '' ? null : v)}
                    />
                  )
                }
              }
            ]}
          />
        </Card>
      ))}
    </Space>
  )
}
