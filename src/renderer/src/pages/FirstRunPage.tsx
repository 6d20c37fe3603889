import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons'
import { App as AntApp, Button, Card, Result, Space, Typography } from 'antd'
import { useState } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { useApiMutation } from '../api/hooks'
import { ImportLedgerButton } from '../exchange/ExchangeButtons'
import { OfficeSetupForm } from '../settings/OfficeSetupForm'
import { formatCount } from '../../../shared/count-format'

/**
 * An empty data file: three ways in. The sample city (with its own names), the office's own Excel
 * ledger, or a blank start, which first asks for the office's names so no document goes out under a
 * borrowed one. `onImporting` is told while the import wizard is open, so the app keeps this page (and
 * the wizard's result step) in view after the import has filled the data file, until the clerk leaves
 * the wizard.
 */
export function FirstRunPage({
  info,
  onImporting
}: {
  info: AppInfo
  onImporting?(open: boolean): void
}): React.JSX.Element {
  const loadSample = useApiMutation('sample.load')
  const { message } = AntApp.useApp()
  const [blank, setBlank] = useState(false)

  if (blank)
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 32 }}>
        <Card style={{ width: 760 }} title="从空白开始：填写本单位名称">
          <OfficeSetupForm />
          <Button type="link" onClick={() => setBlank(false)} style={{ paddingLeft: 0 }}>
            返回
          </Button>
        </Card>
      </div>
    )

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 64 }}>
      <Card style={{ width: 760 }}>
        <Result
          icon={<DatabaseOutlined style={{ color: '#b71c1c' }} />}
          title="欢迎使用文明办工作台"
          subTitle={
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              当前数据文件还没有任何数据：{info.dataFile}
              <br />
              可以先载入示例市的数据熟悉功能，导入本单位的 Excel 台账，或从空白开始逐项录入。
            </Typography.Paragraph>
          }
          extra={
            <Space size="large" wrap style={{ justifyContent: 'center' }}>
              <Button
                type="primary"
                size="large"
                icon={<DatabaseOutlined />}
                loading={loadSample.isPending}
                onClick={() =>
                  // mutateAsync, not mutate's callbacks: the refreshed app.info replaces this page as soon
                  // as the data file has data, and react-query drops an unmounted component's callbacks,
                  // so the clerk never saw the confirmation. The promise settles either way.
                  loadSample.mutateAsync({ scale: 1 }).then(
                    (r) =>
                      message.success(
                        `已载入示例数据：${formatCount(r.villages)}个城中村、${formatCount(r.tasks)}项任务`
                      ),
                    (e: Error) => message.error(e.message)
                  )
                }
              >
                载入示例数据
              </Button>
              <ImportLedgerButton
                kind="tasks"
                size="large"
                finishLabel="进入工作台"
                onOpenChange={onImporting}
              />
              <Button size="large" icon={<FileAddOutlined />} onClick={() => setBlank(true)}>
                从空白开始
              </Button>
            </Space>
          }
        />
      </Card>
    </div>
  )
}
