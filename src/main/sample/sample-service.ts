import { UserError } from '../../shared/errors'
import type { SampleLoadResult } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { select } from '../store/typed-query'
import { generateSampleCity, SAMPLE_AS_OF } from './generate-sample-city'
import { writeAudit } from '../store/audit'

/** Fills an empty data file with the sample city 示例市; refuses a file that already holds work. */
export function loadSampleCity(ctx: AppContext, scale: number): SampleLoadResult {
  if (!isDataFileEmpty(ctx)) {
    throw new UserError(
      'conflict',
      '当前数据文件中已有任务或村庄数据，不能再载入示例数据。请新建一个数据文件后再载入。'
    )
  }
  return ctx.db.transaction(() => {
    const stats = generateSampleCity(ctx.db, { scale })
    writeAudit(ctx.db, ctx.clock, {
      entity: 'dataset',
      action: 'load-sample',
      summary: `载入示例数据（${stats.villages}个城中村、${stats.tasks}项任务）`,
      after: stats
    })
    return {
      villages: stats.villages,
      tasks: stats.tasks,
      villageItems: stats.villageItems,
      asOf: SAMPLE_AS_OF
    }
  })()
}

export function isDataFileEmpty(ctx: AppContext): boolean {
  const row = select<{ n: number }>(
    ctx.db,
    'SELECT (SELECT count(*) FROM task) + (SELECT count(*) FROM area) + (SELECT count(*) FROM unit) AS n'
  ).one()
  return row.n === 0
}
