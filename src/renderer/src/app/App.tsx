import { Alert, App as AntApp, Spin } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { localToday, type IsoDate } from '../../../shared/civil-date'
import { setFileBusyHandler } from '../api/client'
import { useApi } from '../api/hooks'
import { FirstRunPage } from '../pages/FirstRunPage'
import { AreaFilterContext, type AreaFilter } from './area-filter'
import { AsOfContext } from './as-of'
import { Shell } from './Shell'

/** Loads what the data file is, then shows the first-run choices or the working shell. */
export function App(): React.JSX.Element {
  const info = useApi('app.info', {})
  const { modal } = AntApp.useApp()
  useEffect(() => {
    setFileBusyHandler(
      (message) =>
        new Promise((resolve) => {
          modal.confirm({
            title: '文件被占用',
            content: message,
            okText: '重试',
            cancelText: '取消',
            onOk: () => resolve(true),
            onCancel: () => resolve(false)
          })
        })
    )
    return () => setFileBusyHandler(null)
  }, [modal])
  // The first-run import wizard is open: its page stays while the refreshed data file is no longer empty.
  const [firstRunImport, setFirstRunImport] = useState(false)
  const [chosenAsOf, setAsOf] = useState<IsoDate | null>(null)
  const asOf = chosenAsOf ?? info.data?.sampleAsOf ?? localToday()
  const asOfValue = useMemo(() => ({ asOf, setAsOf }), [asOf])
  const [area, setAreaState] = useState<{ areaId: number | null; areaLabel: string }>({
    areaId: null,
    areaLabel: '全市'
  })
  // One setArea for the session: the area tree's rows take it as a prop, and a new one on every choice
  // would draw every row of the tree again.
  const setArea = useCallback<AreaFilter['setArea']>(
    (areaId, areaLabel) => setAreaState({ areaId, areaLabel: areaLabel ?? (areaId === null ? '全市' : '') }),
    []
  )
  const areaValue = useMemo<AreaFilter>(() => ({ ...area, setArea }), [area, setArea])

  if (info.isPending) return <Spin fullscreen tip="正在打开数据文件…" />
  if (info.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message="无法打开数据文件"
        description={info.error.message}
        style={{ margin: 24 }}
      />
    )
  }
  // An empty file stays on the first-run screen until the clerk chose a way in (a blank start has
  // answered the office's names, saved or put off, and goes on to the empty shell); during a first-run
  // import it stays behind the wizard's result until the clerk leaves it.
  if ((info.data.isEmpty && info.data.askOffice) || firstRunImport)
    return <FirstRunPage info={info.data} onImporting={setFirstRunImport} />
  return (
    <AsOfContext.Provider value={asOfValue}>
      <AreaFilterContext.Provider value={areaValue}>
        <Shell info={info.data} />
      </AreaFilterContext.Provider>
    </AsOfContext.Provider>
  )
}
