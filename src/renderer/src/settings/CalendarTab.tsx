import { DownloadOutlined, LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Card, InputNumber, Space, Statistic, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { CalendarImportPreview, CalendarSource } from '../../../shared/contract'
import { call } from '../api/client'
import { chooseSaveFile, openWrittenFile } from '../api/files'
import { useApi, useApiMutation } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { CalendarImportDialog } from './CalendarImportDialog'
import { CalendarSourceDialog } from './CalendarSourceDialog'
import { YearCalendar, type DayChange } from './YearCalendar'
import { formatCount } from '../../../shared/count-format'

/** The yearly update in two sentences, here and in README (issue 14). */
export const YEARLY_UPDATE_TEXT =
  '每年11月前后国务院办公厅发布下一年的《关于部分节假日安排的通知》，请点“导入年度安排”，粘贴通知全文或选择保存的 .txt / .docx 文件，核对预览后导入。' +
  '尚未导入的年份按《全国年节及纪念日放假办法》预估（不含调休上班日），凡计算到这些年份的亮灯、简报和通知都注明“预估”，导入后自动重新计算。'

/**
 * 工作日历: the year's 休/班 days on a desk-calendar view, edited day by day; a year imported from the
 * State Council's notice (each November), pasted or as a file, or exported; and the yellow-light window.
 * A year without its notice shows the law's provisional days.
 */
export function CalendarTab(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { message } = AntApp.useApp()
  const [year, setYear] = useState(Number(asOf.slice(0, 4)))
  const calendar = useApi('calendar.year', { year })
  const setDay = useApiMutation('calendar.setDay')
  const [choosing, setChoosing] = useState(false)
  const [importing, setImporting] = useState<{
    source: CalendarSource
    preview: CalendarImportPreview
    key: number
  } | null>(null)
  const [busy, setBusy] = useState(false)

  const change = (c: DayChange) =>
    setDay.mutate(c, {
      onSuccess: (y) =>
        void message.success(`已修改${c.date}，${y.year}年共${formatCount(y.workdays)}个工作日`),
      onError: (e) => void message.error(e.message, 6)
    })

  const exportYear = async () => {
    setBusy(true)
    try {
      const file = await chooseSaveFile('calendar-export', `${year}年节假日安排.txt`)
      if (!file) return
      const { days } = await call('calendar.export', { year, ref: file.ref })
      await openWrittenFile(file)
      void message.success(`已导出${year}年的${formatCount(days)}个“休”“班”日期：${file.name}`)
    } catch (error) {
      void message.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const data = calendar.data
  const holidays = data?.days.filter((d) => d.kind === 'holiday').length ?? 0
  const makeup = data?.days.filter((d) => d.kind === 'workday').length ?? 0
  return (
    <div className="settings-calendar">
      <YellowWindowCard />
      <Card size="small" className="settings-card">
        <div className="calendar-toolbar">
          <Space>
            <Button
              icon={<LeftOutlined />}
              onClick={() => setYear((y) => y - 1)}
              aria-label="上一年"
              disabled={year <= 1990}
            />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-year">
              {year}年
            </Typography.Title>
            {data && data.year === year ? (
              data.status === 'official' ? (
                <Tag color="green" data-testid="calendar-status">
                  正式安排
                </Tag>
              ) : (
                <Tag color="gold" data-testid="calendar-status">
                  预估
                </Tag>
              )
            ) : null}
            <Button
              icon={<RightOutlined />}
              onClick={() => setYear((y) => y + 1)}
              aria-label="下一年"
              disabled={year >= 2100}
            />
          </Space>
          <Space size="large">
            <Statistic
              title="全年工作日"
              value={data?.workdays ?? '—'}
              suffix="天"
              data-testid="workdays-stat"
            />
            <Statistic title="法定节假日（休）" value={holidays} suffix="天" />
            <Statistic title="调休上班（班）" value={makeup} suffix="天" />
          </Space>
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setChoosing(true)} disabled={busy}>
              导入年度安排
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportYear()} disabled={busy || !data}>
              导出本年
            </Button>
          </Space>
        </div>
        <div className="calendar-legend">
          <span className="legend-box day-holiday">休</span> 法定节假日
          <span className="legend-box day-workday">班</span> 调休上班
          <span className="legend-box day-weekend" /> 周末
          <Typography.Text type="secondary">点击日期可标为“休”或“班”，或恢复默认。</Typography.Text>
          {data ? (
            <span>
              正式安排：
              {data.knownYears.map((y) => (
                <Tag
                  key={y}
                  color={y === year ? 'red' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setYear(y)}
                >
                  {y}
                </Tag>
              ))}
            </span>
          ) : null}
        </div>
        <Typography.Paragraph
          type="secondary"
          style={{ marginBottom: 8 }}
          data-testid="calendar-yearly-update"
        >
          {YEARLY_UPDATE_TEXT}
        </Typography.Paragraph>
        {data && data.year === year && data.status === 'provisional' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="calendar-provisional"
            message={`${year}年尚无国务院办公厅放假安排：下面是按法定节假日预估的${formatCount(data.days.length)}天（节日逢周末顺延补假，不含调休上班日），全年${formatCount(data.workdays)}个工作日。`}
          />
        ) : null}
        {calendar.isError ? <Alert type="error" showIcon message={calendar.error.message} /> : null}
        {data && data.year === year ? (
          <YearCalendar year={year} days={data.days} busy={setDay.isPending} onChange={change} />
        ) : null}
      </Card>
      <CalendarSourceDialog
        open={choosing}
        onCancel={() => setChoosing(false)}
        onPreview={(source, preview) => {
          setChoosing(false)
          setImporting({ source, preview, key: Date.now() })
        }}
      />
      <CalendarImportDialog
        key={importing?.key ?? 'none'}
        source={importing?.source ?? null}
        preview={importing?.preview ?? null}
        onClose={(imported) => {
          setImporting(null)
          if (imported && imported.length > 0) setYear(imported[0])
        }}
      />
    </div>
  )
}

/** 临期提醒: how many working days before the deadline an open item turns yellow. */
function YellowWindowCard(): React.JSX.Element {
  const settings = useApi('settings.get', {})
  return (
    <Card size="small" className="settings-card" title="亮灯规则">
      {settings.data ? (
        <YellowWindowForm key={settings.data.yellowWindow} saved={settings.data.yellowWindow} />
      ) : null}
    </Card>
  )
}

function YellowWindowForm({ saved }: { saved: number }): React.JSX.Element {
  const { message } = AntApp.useApp()
  const update = useApiMutation('settings.update')
  const [value, setValue] = useState<number | null>(saved)
  const save = () =>
    value !== null &&
    update.mutate(
      { yellowWindow: value },
      {
        onSuccess: () => void message.success(`临期提醒改为剩${formatCount(value)}个工作日以内亮黄灯`),
        onError: (e) => void message.error(e.message)
      }
    )
  return (
    <Space wrap>
      <span>已逾期未办结亮红灯；剩余</span>
      <InputNumber
        min={0}
        max={30}
        value={value}
        onChange={(v) => setValue(v)}
        onPressEnter={save}
        style={{ width: 72 }}
        aria-label="临期提醒工作日"
      />
      <span>个工作日以内（含到期当天）亮黄灯；其余未办结事项亮绿灯。</span>
      <Button type="primary" onClick={save} loading={update.isPending} disabled={value === saved}>
        保存
      </Button>
    </Space>
  )
}
