import { Tag, Tooltip } from 'antd'
import { useApi } from '../api/hooks'

/**
 * In the header of every page: the years that the figures as of the 统计截止日期 count into and that have
 * no official calendar yet (the 统计截止日期's own year, or a year between it and an open deadline).
 * Their working days come from the law alone until the State Council's notice is imported.
 */
export function ProvisionalBadge({ asOf }: { asOf: string }): React.JSX.Element | null {
  const status = useApi('calendar.status', { asOf })
  const years = status.data?.provisionalYears ?? []
  if (years.length === 0) return null
  const named = `${years.join('、')}年`
  return (
    <Tooltip
      title={`${named}尚无国务院办公厅放假安排，工作日按法定节假日预估，逾期、剩余工作日带“估”字。通知公布后在“设置 → 工作日历”导入，即全部重新计算。`}
    >
      <Tag color="gold" data-testid="provisional-calendar" style={{ cursor: 'help', marginInlineEnd: 0 }}>
        {named}工作日为预估
      </Tag>
    </Tooltip>
  )
}
