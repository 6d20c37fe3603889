import { Alert, Button, Modal, Space } from 'antd'
import { useState } from 'react'
import { useApiMutation } from '../api/hooks'
import { OfficeSetupForm } from './OfficeSetupForm'

/**
 * After an import into a new file, the office's names are still empty: a banner (not a blocking dialog,
 * the clerk may be checking the imported ledger) asks once, until the names are saved or put off.
 */
export function OfficeBanner(): React.JSX.Element {
  const [open, setOpen] = useState(false)
  const update = useApiMutation('settings.update')
  return (
    <>
      <Alert
        type="warning"
        showIcon
        banner
        data-testid="office-banner"
        message="尚未填写本单位名称（发文机关全称、简称、发文代字、简报名称）。生成督办通知和简报前须先填写。"
        action={
          <Space>
            <Button size="small" type="primary" onClick={() => setOpen(true)}>
              现在填写
            </Button>
            <Button size="small" onClick={() => update.mutate({ officeAsked: true })}>
              以后再说
            </Button>
          </Space>
        }
      />
      <Modal
        open={open}
        title="填写本单位名称"
        footer={null}
        width={760}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <OfficeSetupForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  )
}
