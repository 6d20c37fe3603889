import { FileZipOutlined } from '@ant-design/icons'
import { Button, Tabs } from 'antd'
import { useState } from 'react'
import type { NoticeKind } from '../../../shared/contract'
import { useAsOf } from '../app/as-of'
import { BriefingPanel } from '../documents/BriefingPanel'
import { MeetingPackDialog } from '../documents/MeetingPackDialog'
import { NoticesPanel } from '../documents/NoticesPanel'
import { RegisterPanel } from '../documents/RegisterPanel'
import '../documents/documents.css'

type DocumentsTab = 'briefing' | 'notices' | 'register'

/**
 * 文档: the 工作简报, 督办/催办通知, and the 发文登记 register with its replies; 会议材料 makes them all (and the
 * list of overdue items) for one meeting in one go.
 */
export function DocumentsPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const [packOpen, setPackOpen] = useState(false)
  const [tab, setTab] = useState<DocumentsTab>('briefing')
  const [kind, setKind] = useState<NoticeKind>('supervision')
  return (
    <div className="page documents-page" data-testid="documents">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DocumentsTab)}
        tabBarExtraContent={
          <Button type="primary" icon={<FileZipOutlined />} onClick={() => setPackOpen(true)}>
            会议材料
          </Button>
        }
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
      <MeetingPackDialog open={packOpen} asOf={asOf} onClose={() => setPackOpen(false)} />
    </div>
  )
}
