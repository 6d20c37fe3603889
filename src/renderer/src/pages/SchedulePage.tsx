import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons'
import { Alert, App as AntApp, Button, Segmented, Select, Space, Spin, Switch, Typography } from 'antd'
import { useCallback, useRef, useState } from 'react'
import { formatChineseDate } from '../../../shared/civil-date'
import type { WallMode, WallRow } from '../../../shared/contract'
import { call } from '../api/client'
import { chooseSaveFile, openWrittenFile } from '../api/files'
import { useApi } from '../api/hooks'
import { useAreaFilter } from '../app/area-filter'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { AreaTreePanel } from '../areas/AreaTreePanel'
import type { EChartsInstance } from '../charts/echarts-setup'
import { VillageItemDrawer } from '../villages/VillageItemDrawer'
import { chartPicture, printPicture, type Paper } from '../wall-chart/picture'
import { WallChartBoard } from '../wall-chart/WallChartBoard'
import { chartHeight } from '../wall-chart/wall-chart-option'
import { ZOOM_LABEL, type Zoom } from '../wall-chart/wall-chart-range'
import '../wall-chart/wall-print.css'
import { formatCount } from '../../../shared/count-format'

const TREE_STYLE: React.CSSProperties = { width: 280, flex: 'none' }

/**
 * 进度计划 — 挂图作战: the plan on a timeline, a row per task or, for one catalog item, per village;
 * it follows the area tree, zooms by month, quarter or year, and goes to the wall as a PNG or a print.
 */
export function SchedulePage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { areaId, areaLabel } = useAreaFilter()
  const { navigate } = useNavigation()
  const { message } = AntApp.useApp()
  const [mode, setMode] = useState<WallMode>('tasks')
  const [itemId, setItemId] = useState<number | undefined>(undefined)
  const [zoom, setZoom] = useState<Zoom>('year')
  const [paper, setPaper] = useState<Paper>('A3')
  const [openItem, setOpenItem] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [includeCitywide, setIncludeCitywide] = useState(true)
  const instance = useRef<EChartsInstance | null>(null)
  const settings = useApi('settings.get', {})
  const wall = useApi('chart.wall', {
    asOf,
    mode,
    ...(mode === 'villages' && itemId !== undefined ? { itemId } : {}),
    ...(areaId !== null ? { areaId, includeCitywide } : {})
  })
  const chart = wall.data

  const office = settings.data?.officeShortName ?? ''
  const title = `${office}城中村现代化治理挂图作战${chart?.item ? `：${chart.item.name}` : '：重点任务'}`
  const subtitle = `统计截止${formatChineseDate(asOf)} · 区域：${areaLabel} · 共${chart?.rows.length ?? 0}${mode === 'tasks' ? '项任务' : '个村'}`

  const onOpen = useCallback(
    (row: WallRow) => {
      if (row.kind === 'task') navigate('tasks', { kind: 'task', id: row.id })
      else setOpenItem(row.id)
    },
    [navigate]
  )
  const onReady = useCallback((c: EChartsInstance | null) => {
    instance.current = c
  }, [])

  const picture = (): string | null => {
    if (!instance.current || !chart) return null
    const url = chartPicture(instance.current, chartHeight(chart.rows.length))
    if (!url) void message.error('挂图过大，无法生成图片：请在左侧选择区域，或切换为按月、按季查看后再导出。')
    return url
  }

  const exportPng = async (): Promise<void> => {
    const url = picture()
    if (!url) return
    setBusy(true)
    try {
      const file = await chooseSaveFile(
        'png',
        `挂图作战-${chart?.item?.name ?? '重点任务'}-${areaLabel.replace(/\s*\/\s*/g, '')}-${asOf}.png`
      )
      if (!file) return
      const saved = await call('chart.savePng', { ref: file.ref, dataUrl: url })
      void message.success(
        `已导出 ${file.name}（${saved.width}×${saved.height} 像素，${Math.round(saved.bytes / 1024)} KB）`
      )
      await openWrittenFile(file)
    } catch (error) {
      void message.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const print = async (): Promise<void> => {
    const url = picture()
    if (url) await printPicture(url, paper, title)
  }

  return (
    <div className="page page-fill" style={{ gap: 12 }}>
      <div className="vm-layout" style={{ display: 'flex', gap: 12, flex: '1 1 0', minHeight: 0 }}>
        <AreaTreePanel style={TREE_STYLE} />
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, flex: '1 1 0', minWidth: 0 }}>
          <Space wrap size="middle" data-testid="wall-toolbar">
            <Segmented<WallMode>
              value={mode}
              onChange={setMode}
              aria-label="挂图类型"
              options={[
                { value: 'tasks', label: '按任务' },
                { value: 'villages', label: '按村' }
              ]}
            />
            {mode === 'villages' ? (
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 170 }}
                aria-label="治理事项"
                disabled={chart !== undefined && chart.items.length === 0}
                placeholder={chart !== undefined && chart.items.length === 0 ? '尚无治理事项' : undefined}
                value={chart?.item?.id ?? itemId}
                onChange={setItemId}
                options={(chart?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
              />
            ) : null}
            {mode === 'tasks' && areaId !== null ? (
              <Space size={4}>
                <Switch
                  size="small"
                  checked={includeCitywide}
                  onChange={setIncludeCitywide}
                  aria-label="含全市性任务"
                />
                <Typography.Text>含全市性任务</Typography.Text>
              </Space>
            ) : null}
            <Segmented<Zoom>
              value={zoom}
              onChange={setZoom}
              aria-label="时间尺度"
              options={(['month', 'quarter', 'year'] as Zoom[]).map((z) => ({
                value: z,
                label: ZOOM_LABEL[z]
              }))}
            />
            <Select<Paper>
              value={paper}
              onChange={setPaper}
              aria-label="打印纸张"
              style={{ width: 108 }}
              options={[
                { value: 'A3', label: 'A3 横向' },
                { value: 'A4', label: 'A4 横向' }
              ]}
            />
            <Button
              icon={<DownloadOutlined />}
              loading={busy}
              disabled={!chart?.rows.length}
              onClick={() => void exportPng()}
            >
              导出图片
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!chart?.rows.length} onClick={() => void print()}>
              打印
            </Button>
          </Space>
          {chart && (chart.notApplicable > 0 || chart.citywide > 0) ? (
            <Typography.Text type="secondary" data-testid="wall-note">
              {chart.notApplicable > 0
                ? `另有${formatCount(chart.notApplicable)}个村不实施此事项，未列入。`
                : ''}
              {chart.citywide > 0 ? `${formatCount(chart.citywide)}项全市性任务（未指定区域）未列入。` : ''}
            </Typography.Text>
          ) : null}
          {wall.isError ? <Alert type="error" showIcon message={wall.error.message} /> : null}
          <div
            style={{
              flex: '1 1 0',
              minHeight: 0,
              overflowX: 'auto',
              overflowY: 'hidden',
              background: '#fff',
              border: '1px solid #e8e8e8',
              borderRadius: 4
            }}
          >
            {chart ? (
              <WallChartBoard
                chart={chart}
                zoom={zoom}
                title={title}
                subtitle={subtitle}
                onOpen={onOpen}
                onReady={onReady}
              />
            ) : wall.isError ? null : (
              <Spin style={{ margin: 48 }} />
            )}
          </div>
        </div>
      </div>
      <VillageItemDrawer id={openItem} onClose={() => setOpenItem(null)} />
    </div>
  )
}
