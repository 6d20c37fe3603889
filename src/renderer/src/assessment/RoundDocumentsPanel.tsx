import { FileExcelOutlined, FileWordOutlined, FolderOpenOutlined } from '@ant-design/icons'
import { Alert, Button, Card, DatePicker, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { addDays, formatChineseDate, type IsoDate } from '../../../shared/civil-date'
import type { RoundInfo } from '../../../shared/contract'
import { DEFAULT_RECTIFY_DAYS } from '../../../shared/contract/pack'
import type { ChosenFile } from '../../../shared/file-purposes'
import { formatCount } from '../../../shared/count-format'
import { call } from '../api/client'
import { useChange } from './use-change'
import { chooseSaveFile } from '../api/files'
import { useAsOf } from '../app/as-of'
import { IssueDateField } from '../documents/IssueDateField'
import { WrittenFiles } from '../documents/WrittenFiles'
import '../documents/documents.css'

type Writing = 'report' | 'handovers' | 'ledger' | null

/**
 * The round's documents, written like the 文档 page writes its own: the 测评通报 (.docx, GB/T 9704,
 * numbered in the 发文登记), one 问题整改交办单 per responsible unit into a folder, and the 整改台账 (.xlsx).
 * The figures are those of the 排名 tab as of the 统计截止日期.
 */
export function RoundDocumentsPanel({ round }: { round: RoundInfo }): React.JSX.Element {
  const { asOf } = useAsOf()
  const change = useChange()
  const [chosenIssuedOn, setIssuedOn] = useState<IsoDate | null>(null)
  const issuedOn = chosenIssuedOn && chosenIssuedOn >= asOf ? chosenIssuedOn : asOf
  const [chosenDeadline, setDeadline] = useState<IsoDate | null>(null)
  const deadline =
    chosenDeadline && chosenDeadline >= issuedOn ? chosenDeadline : addDays(issuedOn, DEFAULT_RECTIFY_DAYS)
  const [writing, setWriting] = useState<Writing>(null)
  const [written, setWritten] = useState<ChosenFile[]>([])
  const [failure, setFailure] = useState<string | null>(null)

  const write = async (what: Writing, work: () => Promise<ChosenFile[] | null>): Promise<void> => {
    setFailure(null)
    setWriting(what)
    try {
      const files = await work()
      if (files)
        setWritten((before) => [...files, ...before.filter((f) => !files.some((n) => n.ref === f.ref))])
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e))
    } finally {
      setWriting(null)
    }
  }

  const report = () =>
    write('report', async () => {
      const target = await chooseSaveFile('docx', `${round.name}常态长效测评通报.docx`)
      if (!target) return null
      const done = await change('assessment.report', {
        roundId: round.id,
        asOf,
        issuedOn,
        deadline,
        target: target.ref
      })
      return [done.file]
    })
  const handovers = () =>
    write('handovers', async () => {
      const folder = await call('file.chooseFolder', { purpose: 'notice-folder' })
      if (!folder) return null
      return change('assessment.handovers', { roundId: round.id, asOf, issuedOn, folder: folder.ref })
    })
  const ledger = () =>
    write('ledger', async () => {
      const target = await chooseSaveFile('export-xlsx', `整改台账（${round.name}，截至${asOf}）.xlsx`)
      if (!target) return null
      return [await change('assessment.exportLedger', { roundId: round.id, asOf, target: target.ref })]
    })

  return (
    <div className="assessment-panel documents-panel" data-testid="round-documents">
      <Card size="small">
        <Space wrap size="large">
          <IssueDateField
            id="assessment-issued-on"
            label="发文日期"
            value={issuedOn}
            asOf={asOf}
            onChange={setIssuedOn}
          />
          <Space>
            <label htmlFor="assessment-deadline">整改时限</label>
            <DatePicker
              id="assessment-deadline"
              allowClear={false}
              format="YYYY年M月D日"
              style={{ width: 170 }}
              value={dayjs(deadline)}
              disabledDate={(d) => d.format('YYYY-MM-DD') < issuedOn}
              onChange={(v) => v && setDeadline(v.format('YYYY-MM-DD'))}
            />
          </Space>
          <Typography.Text type="secondary">
            数据截至{formatChineseDate(asOf)}：{round.name}，{formatCount(round.points)}个点位，
            {formatCount(round.problems)}个问题
          </Typography.Text>
        </Space>
      </Card>
      <div className="round-documents">
        <Card size="small" title="测评通报">
          <Typography.Paragraph type="secondary">
            依据、总体情况、各区及各镇(街)排名与变化、排名图、红黑榜、主要问题（按区、镇(街)、点位）、整改要求，附件为问题清单。按公文格式排版并编发文号。
          </Typography.Paragraph>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={writing === 'report'}
            disabled={writing !== null || !round.scored}
            onClick={() => void report()}
            data-testid="write-report"
          >
            生成测评通报…
          </Button>
        </Card>
        <Card size="small" title="问题整改交办单">
          <Typography.Paragraph type="secondary">
            每个责任单位一份，列出交办给该单位的问题、点位和整改时限，写入所选文件夹。
          </Typography.Paragraph>
          <Button
            icon={<FolderOpenOutlined />}
            loading={writing === 'handovers'}
            disabled={writing !== null || round.problems === 0}
            onClick={() => void handovers()}
            data-testid="write-handovers"
          >
            选择文件夹并生成交办单…
          </Button>
        </Card>
        <Card size="small" title="整改台账">
          <Typography.Paragraph type="secondary">
            全部问题的交办、整改、销号情况和亮灯，Excel 格式，与任务台账导出同样式。
          </Typography.Paragraph>
          <Button
            icon={<FileExcelOutlined />}
            loading={writing === 'ledger'}
            disabled={writing !== null || round.problems === 0}
            onClick={() => void ledger()}
            data-testid="write-ledger"
          >
            导出整改台账…
          </Button>
        </Card>
      </div>
      {!round.scored ? (
        <Alert type="info" showIcon title="本轮还没有测评结果，导入或录入后可生成测评通报。" />
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} data-testid="documents-error" /> : null}
      {written.length > 0 ? (
        <WrittenFiles title={`已生成 ${formatCount(written.length)} 个文件`} files={written} />
      ) : null}
    </div>
  )
}
