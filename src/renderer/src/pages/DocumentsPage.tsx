import { Tabs } from 'antd'
import { useState } from 'react'
import type { NoticeKind } from '../../../shared/contract'
import { BriefingPanel } from '../documents/BriefingPanel'
import { NoticesPanel } from '../documents/NoticesPanel'
import { RegisterPanel } from '../documents/RegisterPanel'
import '../documents/documents.css'

type DocumentsTab = 'briefing' | 'notices' | 'register'

/** 文档: the 工作简报, 督办/催办通知, and the 发文登记 register with its replies. */
export function DocumentsPage(): React.JSX.Element {
  const [tab, setTab] = useState<DocumentsTab>('briefing')
  const [kind, setKind] = useState<NoticeKind>('supervision')
  return (
    <div className="page documents-page" data-testid="documents">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DocumentsTab)}
        items={[
          { key: 'briefing', label: '工作简报', children: <BriefingPanel /> },
          {
            key: 'notices',
            label: '督办/催办通知',
            children: <NoticesPanel kind={kind} onKindChange={setKind} />
          },
          {
            key: 'register',
            label: '发文登记',
            children: (
              <RegisterPanel
                onRemind={() => {
                  setKind('reminder')
                  setTab('notices')
                }}
              />
            )
          }
        ]}
      />
    </div>
  )
}
