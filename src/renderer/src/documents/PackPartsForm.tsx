import { Checkbox, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd'
import type { PackDefaults, PackOptions, PackPartInfo } from '../../../shared/contract'
import { DEFAULT_RECTIFY_DAYS } from '../../../shared/contract/pack'

/**
 * The checklist of a 会议材料包's parts, each with its options as the one-by-one pages have them: the
 * 简报's 期号, which units get a 督办通知 and whether 催办通知 go too, the 测评通报's 整改时限. A part with nothing to write as of
 * the date is shown greyed with the reason.
 */
export function PackPartsForm(props: {
  defaults: PackDefaults
  options: PackOptions
  onChange(options: PackOptions): void
  disabled: boolean
}): React.JSX.Element {
  const { defaults, options, onChange, disabled } = props
  const part = (key: PackPartInfo['key']) => defaults.parts.find((p) => p.key === key)!
  const head = (info: PackPartInfo, checked: boolean, set: (v: boolean) => void) => (
    <Checkbox
      checked={checked && info.applies}
      disabled={disabled || !info.applies}
      onChange={(e) => set(e.target.checked)}
      aria-label={info.title}
    >
      <Typography.Text strong>
        {info.number} {info.title}
      </Typography.Text>{' '}
      <Tag color={info.applies ? 'blue' : 'default'}>{info.note}</Tag>
    </Checkbox>
  )
  const notices = options.notices
  return (
    <div className="pack-parts" data-testid="pack-parts">
      <div className="pack-part">
        <Checkbox checked disabled>
          <Typography.Text strong>00 材料目录</Typography.Text> <Tag>总是生成</Tag>
        </Checkbox>
      </div>
      <div className="pack-part">
        {head(part('briefing'), options.briefing.include, (include) =>
          onChange({ ...options, briefing: { ...options.briefing, include } })
        )}
        <Space className="pack-part-options">
          <label htmlFor="pack-issue-no">期号 第</label>
          <InputNumber
            id="pack-issue-no"
            min={1}
            max={999}
            disabled={disabled || !options.briefing.include}
            value={options.briefing.issueNo ?? defaults.nextIssueNo}
            onChange={(v) =>
              onChange({ ...options, briefing: { ...options.briefing, issueNo: v ?? undefined } })
            }
            style={{ width: 80 }}
          />
          <span>期</span>
        </Space>
      </div>
      <div className="pack-part">
        {head(part('notices'), notices.include, (include) =>
          onChange({ ...options, notices: { ...notices, include } })
        )}
        <Space className="pack-part-options" direction="vertical" style={{ width: '100%' }}>
          <Radio.Group
            disabled={disabled || !notices.include}
            value={notices.units === 'overdue' ? 'overdue' : 'units'}
            onChange={(e) =>
              onChange({
                ...options,
                notices: {
                  ...notices,
                  units:
                    e.target.value === 'overdue' ? 'overdue' : defaults.units.map((u) => u.id).slice(0, 500)
                }
              })
            }
            options={[
              { value: 'overdue', label: `全部有逾期事项的单位（${defaults.units.length}个）` },
              { value: 'units', label: '选定单位' }
            ]}
          />
          {notices.units !== 'overdue' ? (
            <Select
              mode="multiple"
              aria-label="督办单位"
              disabled={disabled || !notices.include}
              style={{ width: '100%' }}
              maxTagCount="responsive"
              value={notices.units}
              onChange={(ids: number[]) =>
                onChange({ ...options, notices: { ...notices, units: ids.length > 0 ? ids : 'overdue' } })
              }
              options={defaults.units.map((u) => ({ value: u.id, label: `${u.name}（逾期${u.red}项）` }))}
            />
          ) : null}
          <Checkbox
            disabled={disabled || !notices.include}
            checked={notices.reminders}
            onChange={(e) => onChange({ ...options, notices: { ...notices, reminders: e.target.checked } })}
          >
            同时对反馈逾期的督办通知发催办通知
          </Checkbox>
        </Space>
      </div>
      <div className="pack-part">
        {head(part('due-list'), options.dueList.include, (include) =>
          onChange({ ...options, dueList: { include } })
        )}
      </div>
      <div className="pack-part">
        {head(part('reporting'), options.reporting.include, (include) =>
          onChange({ ...options, reporting: { include } })
        )}
      </div>
      <div className="pack-part">
        {head(part('bulletin'), options.bulletin.include, (include) =>
          onChange({ ...options, bulletin: { ...options.bulletin, include } })
        )}
        <Space className="pack-part-options">
          <label htmlFor="pack-rectify-days">整改时限 印发后</label>
          <InputNumber
            id="pack-rectify-days"
            min={1}
            max={365}
            disabled={disabled || !options.bulletin.include || !part('bulletin').applies}
            value={options.bulletin.rectifyDays}
            onChange={(v) =>
              onChange({
                ...options,
                bulletin: { ...options.bulletin, rectifyDays: v ?? DEFAULT_RECTIFY_DAYS }
              })
            }
            style={{ width: 80 }}
          />
          <span>天</span>
        </Space>
      </div>
    </div>
  )
}
