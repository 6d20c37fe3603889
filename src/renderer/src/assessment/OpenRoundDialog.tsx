import { App as AntApp, DatePicker, Form, InputNumber, Modal, Select } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { yearOf, type IsoDate } from '../../../shared/civil-date'
import type { RoundInfo } from '../../../shared/contract'
import { useChange } from './use-change'
import { useApi } from '../api/hooks'

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const

/** 新建测评轮次: a quarter of a year, scored with the scheme version chosen now (the year's latest by default). */
export function OpenRoundDialog(props: {
  open: boolean
  asOf: IsoDate
  onClose(): void
  onOpened(round: RoundInfo): void
}): React.JSX.Element {
  const { message } = AntApp.useApp()
  const change = useChange()
  const schemes = useApi('assessment.schemes', {}, { enabled: props.open })
  const [year, setYear] = useState(yearOf(props.asOf))
  const [quarter, setQuarter] = useState(Math.ceil(Number(props.asOf.slice(5, 7)) / 3))
  const [schemeId, setSchemeId] = useState<number | undefined>(undefined)
  const [openedOn, setOpenedOn] = useState<IsoDate>(props.asOf)
  const [busy, setBusy] = useState(false)
  const ofYear = (schemes.data ?? []).filter((s) => s.year === year)

  const submit = async (): Promise<void> => {
    setBusy(true)
    try {
      const round = await change('assessment.openRound', { year, quarter, schemeId, openedOn })
      void message.success(`已新建${round.name}测评轮次`)
      props.onOpened(round)
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={props.open}
      title="新建测评轮次"
      okText="新建"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="open-round-dialog"
    >
      <Form layout="horizontal" labelCol={{ span: 5 }}>
        <Form.Item label="年度" htmlFor="round-year">
          <InputNumber id="round-year" min={2000} max={2199} value={year} onChange={(v) => v && setYear(v)} />
        </Form.Item>
        <Form.Item label="季度" htmlFor="round-quarter">
          <Select
            id="round-quarter"
            style={{ width: 160 }}
            value={quarter}
            onChange={setQuarter}
            options={QUARTERS.map((label, i) => ({ value: i + 1, label }))}
          />
        </Form.Item>
        <Form.Item
          label="测评体系"
          htmlFor="round-scheme"
          extra={
            ofYear.length === 0
              ? `${year}年还没有测评体系，请先在“测评体系”中载入或复制。`
              : '默认用该年度最新版本；开始评分后该版本即锁定。'
          }
        >
          <Select
            id="round-scheme"
            allowClear
            placeholder="该年度最新版本"
            value={schemeId}
            onChange={setSchemeId}
            options={ofYear.map((s) => ({ value: s.id, label: `第${s.version}版 ${s.name}` }))}
          />
        </Form.Item>
        <Form.Item label="开始日期" htmlFor="round-opened-on">
          <DatePicker
            id="round-opened-on"
            allowClear={false}
            format="YYYY年M月D日"
            style={{ width: 170 }}
            value={dayjs(openedOn)}
            onChange={(v) => v && setOpenedOn(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
