import type { ImportProgress, ImportStage } from '../../../shared/contract'
import { formatCount } from '../../../shared/count-format'
import { useApi } from '../api/hooks'

/** The stages each job passes, in order (the main process reports them: exchange/import-progress.ts). */
const STAGES: Record<ImportProgress['job'], ImportStage[]> = {
  preview: ['load', 'read', 'check'],
  commit: ['load', 'read', 'check', 'backup', 'write']
}

/** How often the wizard asks while a step runs: often enough for a bar, rare enough to cost nothing. */
const POLL_MS = 200

/**
 * The wizard's progress while the file is read or imported: which step of how many, and the rows. A step
 * the main process counts row by row (reading) fills the bar; a step that runs as one piece (checking
 * against the data file, the backup, the one write transaction) says how many rows it works on and shows
 * a running bar, since any fraction of it would be invented.
 */
export function ImportProgressBar({ job }: { job: ImportProgress['job'] }): React.JSX.Element {
  const { data } = useApi('exchange.progress', {}, { refetchInterval: POLL_MS, gcTime: 0, staleTime: 0 })
  // Before the first answer (or after the call ended) the first step of this job is what runs.
  const progress: ImportProgress =
    data && data.job === job ? data : { job, stage: 'load', done: 0, total: 0, counted: false }
  const stages = STAGES[job]
  const step = stages.indexOf(progress.stage) + 1
  const percent = progress.counted && progress.total > 0 ? (progress.done / progress.total) * 100 : null
  const label = `第 ${step}/${stages.length} 步：${stageText(progress)}`
  return (
    <div className="exchange-progress" data-testid="import-progress">
      <div className="exchange-progress-label" aria-live="polite">
        {label}
      </div>
      <div
        className="exchange-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={percent === null ? undefined : progress.total}
        aria-valuenow={percent === null ? undefined : progress.done}
      >
        <div
          className={percent === null ? 'exchange-progress-fill running' : 'exchange-progress-fill'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
    </div>
  )
}

function stageText({ stage, done, total }: ImportProgress): string {
  switch (stage) {
    case 'load':
      return '正在打开工作簿…'
    case 'read':
      return `已读 ${formatCount(done)} / ${formatCount(total)} 行`
    case 'check':
      return `正在核对 ${formatCount(total)} 行数据（与数据文件比对）…`
    case 'backup':
      return '正在备份数据文件…'
    case 'write':
      return `正在写入 ${formatCount(total)} 行（一次写入，全部成功或全部不写）…`
  }
}
