import { DatePicker, Space } from 'antd'
import dayjs from 'dayjs'
import type { IsoDate } from '../../../shared/civil-date'

/** 印发日期 / 发文日期 of a document: a calendar date, never before the figures' as-of date. */
export function IssueDateField(props: {
  id: string
  label: string
  value: IsoDate
  asOf: IsoDate
  disabled?: boolean
  onChange(date: IsoDate): void
}): React.JSX.Element {
  return (
    <Space>
      <label htmlFor={props.id}>{props.label}</label>
      <DatePicker
        id={props.id}
        allowClear={false}
        disabled={props.disabled}
        value={dayjs(props.value)}
        format="YYYY年M月D日"
        // Wide enough for the longest date, 2025年12月31日, with the calendar icon beside it.
        style={{ width: 170 }}
        disabledDate={(d) => d.format('YYYY-MM-DD') < props.asOf}
        onChange={(value) => value && props.onChange(value.format('YYYY-MM-DD'))}
      />
    </Space>
  )
}
