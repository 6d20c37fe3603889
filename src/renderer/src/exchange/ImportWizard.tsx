import { FileExcelOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Result, Space, Spin, Steps, Typography } from 'antd'
import { ImportProgressBar } from './ImportProgressBar'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { useImportKind } from './use-import-kind'
import { rowKey, useImportWizard, type WizardStage } from './use-import-wizard'
import './exchange.css'

const STAGES: WizardStage[] = ['choose', 'map', 'preview', 'done']

/** Where the clerk may go once the import is done, offered by the page that opened the wizard. */
export interface AfterImport {
  /** The button: 查看任务台账. */
  label: string
  go(): void
}

export interface ImportWizardProps {
  /** The import kind's name; what it reads comes from the main process (exchange.kinds). */
  kind: string
  open: boolean
  onClose(): void
  /** A page to go to after the import (shown as the main button of the last step). */
  afterImport?: AfterImport
  /** The last step's closing button: 完成 unless the caller says otherwise (进入工作台 on the first run). */
  finishLabel?: string
  /** What the kind needs besides the file, sent with every read and the commit (an assessments round). */
  options?: Readonly<Record<string, string>>
}

/**
 * 导入台账 / 导入村治理事项: choose the file → check how its columns are read → see what would change →
 * import (one transaction, after a backup) → go to the ledger. Nothing is written before the last step.
 */
export function ImportWizard({
  kind,
  open,
  onClose,
  afterImport,
  finishLabel = '完成',
  options
}: ImportWizardProps): React.JSX.Element {
  const wizard = useImportWizard(kind, options)
  const info = useImportKind(kind)
  const { stage, preview, busy, error } = wizard
  const noun = info?.title ?? ''
  const usable = preview?.sheets.some((s) => !s.problem) ?? false
  const kept = (preview?.rows ?? []).filter(
    (r) => !wizard.excluded.has(rowKey(r.sheet, r.row)) && (r.status === 'new' || r.status === 'changed')
  ).length
  const keptErrors = [...wizard.errorKeys].filter((k) => !wizard.excluded.has(k)).length

  // The commit is one transaction that runs to its end: the wizard stays until it has, so the clerk sees
  // what was written (× and Esc are refused meanwhile, not silently ignored).
  const writing = busy === 'importing'
  const close = () => {
    if (writing) return
    wizard.finish()
    onClose()
  }

  const footer =
    stage === 'map' ? (
      <Space>
        <Button onClick={close}>取消</Button>
        <Button onClick={() => void wizard.chooseFile()}>重新选择文件</Button>
        <Button
          type="primary"
          disabled={!usable && !wizard.dirty}
          loading={busy === 'reading'}
          onClick={() => void wizard.toPreview()}
          data-testid="to-preview"
        >
          {wizard.dirty ? '按调整重新读取并预览' : '下一步：预览'}
        </Button>
      </Space>
    ) : stage === 'preview' ? (
      <Space>
        <Button disabled={writing} onClick={() => wizard.setStage('map')}>
          上一步：对应列
        </Button>
        <Button
          type="primary"
          disabled={keptErrors > 0 || kept === 0}
          loading={busy === 'importing'}
          onClick={() => void wizard.commit()}
          data-testid="commit-import"
        >
          {kept === 0 ? '没有要导入的内容' : `导入 ${kept} 行`}
        </Button>
      </Space>
    ) : stage === 'done' ? (
      <Space>
        {afterImport ? (
          <Button
            type="primary"
            onClick={() => {
              close()
              afterImport.go()
            }}
            data-testid="see-tasks"
          >
            {afterImport.label}
          </Button>
        ) : null}
        <Button type={afterImport ? 'default' : 'primary'} onClick={close} data-testid="finish-import">
          {finishLabel}
        </Button>
      </Space>
    ) : (
      <Button onClick={close}>取消</Button>
    )

  return (
    <Modal
      open={open}
      title={`导入${noun}`}
      width={1080}
      onCancel={close}
      footer={footer}
      closable={!writing}
      keyboard={!writing}
      maskClosable={false}
      destroyOnHidden
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={STAGES.indexOf(stage)}
        style={{ margin: '8px 0 16px' }}
        items={[{ title: '选择文件' }, { title: '对应列' }, { title: '预览' }, { title: '完成' }]}
      />
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="import-error" />
      ) : null}
      {busy ? <ImportProgressBar job={busy === 'importing' ? 'commit' : 'preview'} /> : null}
      <Spin spinning={busy !== null}>
        {stage === 'choose' ? (
          <div className="exchange-choose">
            <FileExcelOutlined style={{ fontSize: 44, color: '#1d6f42' }} />
            <Typography.Paragraph>
              选择本单位的 Excel {noun}（.xlsx）。标题行、合并的表头、“一、…”分类行、备注行和空行都可以保留；
              导入前会列出将新增、修改的内容和有误的行，确认后才写入，写入前自动备份数据文件。
            </Typography.Paragraph>
            <Button
              type="primary"
              size="large"
              onClick={() => void wizard.chooseFile()}
              data-testid="choose-ledger-file"
            >
              选择 Excel 文件…
            </Button>
          </div>
        ) : null}
        {stage === 'map' && info ? <MappingStep wizard={wizard} fields={info.fields} /> : null}
        {stage === 'preview' ? (
          <PreviewStep
            wizard={wizard}
            readsProgress={info?.fields.some((f) => f.field === 'progress') ?? false}
          />
        ) : null}
        {stage === 'done' && wizard.result ? (
          <Result
            status="success"
            title={`导入完成：新增${wizard.result.created}项，修改${wizard.result.updated}项`}
            subTitle={[
              `未变${wizard.result.unchanged}项`,
              wizard.result.excluded ? `未勾选${wizard.result.excluded}行` : '',
              wizard.result.reportsAdded ? `新增进展${wizard.result.reportsAdded}条` : '',
              wizard.result.unitsCreated.length ? `新建单位${wizard.result.unitsCreated.length}个` : '',
              `导入前的备份：${wizard.result.backupFile}`
            ]
              .filter(Boolean)
              .join('，')}
            data-testid="import-result"
          />
        ) : null}
      </Spin>
    </Modal>
  )
}
