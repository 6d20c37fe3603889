import { Button, Input, Popover, Space, Typography } from 'antd'
import { useState } from 'react'
import { dayOfWeek, daysInMonth, formatParts, weekdayName, type IsoDate } from '../../../shared/civil-date'
import type { CalendarDay } from '../../../shared/domain'

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']

export interface DayChange {
  date: IsoDate
  kind: CalendarDay['kind'] | null
  name: string
}

/**
 * A year at a glance, twelve months as on a desk calendar: statutory days off (休) in red, 调休 working
 * weekends (班) in blue, ordinary weekends grey. Clicking a day offers to mark it 休 or 班 or return it to
 * the default rule.
 */
export function YearCalendar(props: {
  year: number
  days: CalendarDay[]
  busy: boolean
  onChange(change: DayChange): void
}): React.JSX.Element {
  const byDate = new Map(props.days.map((d) => [d.date, d]))
  return (
    <div className="year-calendar" data-testid="year-calendar">
      {Array.from({ length: 12 }, (_, i) => (
        <MonthView
          key={i}
          year={props.year}
          month={i + 1}
          byDate={byDate}
          busy={props.busy}
          onChange={props.onChange}
        />
      ))}
    </div>
  )
}

function MonthView(props: {
  year: number
  month: number
  byDate: Map<IsoDate, CalendarDay>
  busy: boolean
  onChange(change: DayChange): void
}): React.JSX.Element {
  const { year, month } = props
  const first = formatParts(year, month, 1)
  const lead = (dayOfWeek(first) + 6) % 7
  const count = daysInMonth(year, month)
  return (
    <section className="month-view" aria-label={`${month}月`}>
      <div className="month-title">{month}月</div>
      <div className="month-grid">
        {WEEK_HEAD.map((w) => (
          <div key={w} className="month-weekday">
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`blank-${i}`} />
        ))}
        {Array.from({ length: count }, (_, i) => {
          const date = formatParts(year, month, i + 1)
          return (
            <DayCell
              key={date}
              date={date}
              day={props.byDate.get(date)}
              busy={props.busy}
              onChange={props.onChange}
            />
          )
        })}
      </div>
    </section>
  )
}

function DayCell(props: {
  date: IsoDate
  day: CalendarDay | undefined
  busy: boolean
  onChange(change: DayChange): void
}): React.JSX.Element {
  const { date, day } = props
  const [open, setOpen] = useState(false)
  const weekend = [0, 6].includes(dayOfWeek(date))
  const state = day ? day.kind : weekend ? 'weekend' : 'weekday'
  const mark = day?.kind === 'holiday' ? '休' : day?.kind === 'workday' ? '班' : ''
  const described = `${date} ${weekdayName(date)} ${day ? `${mark} ${day.name}` : weekend ? '休息日' : '工作日'}`
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={`${date}（${weekdayName(date)}）`}
      content={
        <DayEditor
          date={date}
          day={day}
          weekend={weekend}
          busy={props.busy}
          onChange={(change) => {
            setOpen(false)
            props.onChange(change)
          }}
        />
      }
    >
      <button
        type="button"
        className={`day-cell day-${state}`}
        aria-label={described}
        title={described}
        data-date={date}
      >
        <span className="day-number">{Number(date.slice(8))}</span>
        {mark ? <span className="day-mark">{mark}</span> : null}
      </button>
    </Popover>
  )
}

function DayEditor(props: {
  date: IsoDate
  day: CalendarDay | undefined
  weekend: boolean
  busy: boolean
  onChange(change: DayChange): void
}): React.JSX.Element {
  const { date, day, weekend, busy } = props
  const [name, setName] = useState(day?.name ?? '')
  const now = day
    ? `现为“${day.kind === 'holiday' ? '休' : '班'}”：${day.name}`
    : weekend
      ? '现为休息日（周末）'
      : '现为工作日'
  return (
    <Space direction="vertical" size={8} style={{ width: 260 }} data-testid="day-editor">
      <Typography.Text type="secondary">{now}</Typography.Text>
      <Input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={weekend ? '名称，如：国庆节调休' : '名称，如：国庆节'}
        maxLength={30}
        aria-label="名称"
      />
      <Space wrap>
        <Button
          size="small"
          danger
          disabled={busy}
          onClick={() => props.onChange({ date, kind: 'holiday', name })}
        >
          标为“休”
        </Button>
        {weekend ? (
          <Button
            size="small"
            type="primary"
            disabled={busy}
            onClick={() => props.onChange({ date, kind: 'workday', name })}
          >
            标为“班”
          </Button>
        ) : null}
        {day ? (
          <Button size="small" disabled={busy} onClick={() => props.onChange({ date, kind: null, name: '' })}>
            恢复为{weekend ? '休息日' : '工作日'}
          </Button>
        ) : null}
      </Space>
    </Space>
  )
}
