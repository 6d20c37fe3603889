import {
  Alert,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Typography
} from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RoundItemKind, RoundRole } from '../../../shared/contract'
import { ROUND_ITEM_KIND_LABEL, ROUND_ITEM_KINDS } from '../../../shared/contract/round'
import { formatCount } from '../../../shared/count-format'
import { useApi, useApiMutation } from '../api/hooks'
import { defaultRoundTitle } from './round-title'

type UnitMode = 'all' | 'open' | 'named'
type DueMode = 'workdays' | 'date'

const DATE_FORMAT = 'YYYY年M月D日'
const DEFAULT_KINDS: RoundItemKind[] = ['tasks', 'village-items']

/**
 * 发起填报: what the round asks, of whom, by when. The units and items are fixed when it opens, so the
 * dialog shows how many units and items that will be before the clerk confirms. Mounted when shown, so
 * each time it starts from the 统计截止日期 the window shows.
 */
export function OpenRoundDialog(props: {
  asOf: IsoDate
  /** What to ask about at first: tasks and village items, or (from the 问题清单) the 测评问题. */
  initialKinds?: RoundItemKind[]
  onClose(): void
  onOpened(id: number): void
}): React.JSX.Element {
  const firstKinds = props.initialKinds ?? DEFAULT_KINDS
  const [title, setTitle] = useState(defaultRoundTitle(props.asOf, firstKinds))
  const [roundAsOf, setRoundAsOf] = useState<IsoDate>(props.asOf)
  const [openedOn, setOpenedOn] = useState<IsoDate>(props.asOf)
  const [dueMode, setDueMode] = useState<DueMode>('workdays')
  const [workdays, setWorkdays] = useState<number | null>(5)
  const [dueDate, setDueDate] = useState<IsoDate | null>(null)
  const [unitMode, setUnitMode] = useState<UnitMode>('open')
  const [unitIds, setUnitIds] = useState<number[]>([])
  const [itemKinds, setItemKinds] = useState<RoundItemKind[]>(firstKinds)
  const [role, setRole] = useState<RoundRole>('lead')
  const [contact, setContact] = useState('')
  const open = useApiMutation('round.open')

  const candidates = useApi(
    'round.candidates',
    { asOf: roundAsOf, itemKinds },
    { enabled: itemKinds.length > 0 }
  )
  const reach = useMemo(() => {
    const rows = candidates.data ?? []
    const count = (u: (typeof rows)[number]) => u.lead + (role === 'also-support' ? u.support : 0)
    const asked =
      unitMode === 'all'
        ? rows
        : unitMode === 'open'
          ? rows.filter((u) => count(u) > 0)
          : rows.filter((u) => unitIds.includes(u.unitId))
    return { units: asked.length, items: asked.reduce((n, u) => n + count(u), 0) }
  }, [candidates.data, role, unitMode, unitIds])

  const submit = (): void => {
    open.mutate(
      {
        title: title.trim(),
        asOf: roundAsOf,
        openedOn,
        due:
          dueMode === 'workdays'
            ? { mode: 'workdays', workdays: workdays ?? 0 }
            : { mode: 'date', date: dueDate ?? '' },
        units: unitMode === 'named' ? { mode: 'named', unitIds } : { mode: unitMode },
        itemKinds,
        role,
        contact: contact.trim()
      },
      { onSuccess: (result) => props.onOpened(result.id) }
    )
  }

  return (
    <Modal
      open
      title="发起填报"
      width={720}
      okText="发起"
      cancelText="取消"
      onOk={submit}
      onCancel={props.onClose}
      confirmLoading={open.isPending}
      okButtonProps={{ disabled: itemKinds.length === 0, id: 'confirm-open-round' }}
      destroyOnHidden
      data-testid="open-round-dialog"
    >
      <Form layout="horizontal" labelCol={{ span: 5 }} wrapperCol={{ span: 19 }} colon={false}>
        <Form.Item label="填报标题" htmlFor="round-title" required>
          <Input id="round-title" value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
        <Form.Item label="统计截止日期" htmlFor="round-as-of" extra="各单位填报的进展截至这一天。">
          <DatePicker
            id="round-as-of"
            allowClear={false}
            format={DATE_FORMAT}
            value={dayjs(roundAsOf)}
            onChange={(v) => v && setRoundAsOf(v.format('YYYY-MM-DD'))}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item label="发起日期" htmlFor="round-opened-on">
          <DatePicker
            id="round-opened-on"
            allowClear={false}
            format={DATE_FORMAT}
            value={dayjs(openedOn)}
            onChange={(v) => v && setOpenedOn(v.format('YYYY-MM-DD'))}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item label="报送期限">
          <Radio.Group
            value={dueMode}
            onChange={(e) => setDueMode(e.target.value as DueMode)}
            aria-label="报送期限"
          >
            <Space direction="vertical">
              <Radio value="workdays">
                <Space>
                  发起后
                  <InputNumber
                    aria-label="工作日数"
                    min={1}
                    max={60}
                    precision={0}
                    value={workdays}
                    onChange={setWorkdays}
                    disabled={dueMode !== 'workdays'}
                    style={{ width: 72 }}
                  />
                  个工作日内（节假日顺延）
                </Space>
              </Radio>
              <Radio value="date">
                <Space>
                  指定日期
                  <DatePicker
                    aria-label="报送截止日期"
                    format={DATE_FORMAT}
                    value={dueDate ? dayjs(dueDate) : null}
                    disabled={dueMode !== 'date'}
                    disabledDate={(d) => d.format('YYYY-MM-DD') < openedOn}
                    onChange={(v) => setDueDate(v ? v.format('YYYY-MM-DD') : null)}
                    style={{ width: 170 }}
                  />
                </Space>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="填报内容">
          <Checkbox.Group
            aria-label="填报内容"
            value={itemKinds}
            onChange={(v) => setItemKinds(v as RoundItemKind[])}
            options={ROUND_ITEM_KINDS.map((k) => ({ value: k, label: ROUND_ITEM_KIND_LABEL[k] }))}
          />
        </Form.Item>
        <Form.Item label="填报身份">
          <Radio.Group
            aria-label="填报身份"
            value={role}
            onChange={(e) => setRole(e.target.value as RoundRole)}
            options={[
              { value: 'lead', label: '主责单位填报牵头事项' },
              { value: 'also-support', label: '配合单位也填报所配合部分' }
            ]}
          />
        </Form.Item>
        <Form.Item label="填报单位">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Radio.Group
              aria-label="填报单位"
              value={unitMode}
              onChange={(e) => setUnitMode(e.target.value as UnitMode)}
              options={[
                { value: 'open', label: '有未办结事项的单位' },
                { value: 'all', label: '全部单位' },
                { value: 'named', label: '指定单位' }
              ]}
            />
            {unitMode === 'named' ? (
              <Select
                mode="multiple"
                aria-label="指定单位"
                placeholder="选择单位（可输入名称查找）"
                value={unitIds}
                onChange={setUnitIds}
                optionFilterProp="label"
                loading={candidates.isPending}
                options={(candidates.data ?? []).map((u) => ({
                  value: u.unitId,
                  label: u.unit,
                  title: `${u.unit}：牵头${u.lead}项，配合${u.support}项`
                }))}
                style={{ width: '100%' }}
              />
            ) : null}
          </Space>
        </Form.Item>
        <Form.Item label="联系人及电话" htmlFor="round-contact">
          <Input
            id="round-contact"
            value={contact}
            maxLength={80}
            placeholder="写入填报通知，如：张三，0592-1234567"
            onChange={(e) => setContact(e.target.value)}
          />
        </Form.Item>
      </Form>
      {candidates.isError ? <Alert type="error" showIcon message={candidates.error.message} /> : null}
      {itemKinds.length > 0 && candidates.data ? (
        <Typography.Paragraph data-testid="open-round-reach" style={{ marginBottom: 8 }}>
          将向 <b>{formatCount(reach.units)}</b> 个单位发放填报表，共 <b>{formatCount(reach.items)}</b>{' '}
          项；统计截止{formatChineseDate(roundAsOf)}。发起后单位和事项即固定。
        </Typography.Paragraph>
      ) : null}
      {open.isError ? (
        <Alert type="error" showIcon message={open.error.message} data-testid="open-round-error" />
      ) : null}
    </Modal>
  )
}
