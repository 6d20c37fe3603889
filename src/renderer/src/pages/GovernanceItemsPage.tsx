import { Segmented } from 'antd'
import { useState } from 'react'
import { CatalogEditor } from '../villages/CatalogEditor'
import { VillageMatrixView } from '../villages/VillageMatrixView'

type View = 'matrix' | 'catalog'

/** 治理事项: the village matrix (the clerk's daily view) and the "10+(5)+1" catalog behind its columns. */
export function GovernanceItemsPage(): React.JSX.Element {
  const [view, setView] = useState<View>('matrix')
  return (
    <div className="page page-fill" style={{ gap: 12 }}>
      <Segmented<View>
        value={view}
        onChange={setView}
        aria-label="治理事项视图"
        style={{ alignSelf: 'flex-start' }}
        options={[
          { value: 'matrix', label: '村事项矩阵' },
          { value: 'catalog', label: '事项目录（10+(5)+1）' }
        ]}
      />
      {view === 'matrix' ? <VillageMatrixView /> : <CatalogEditor />}
    </div>
  )
}
