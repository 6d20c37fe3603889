import { localToday } from '../../../shared/civil-date'
import { WORK_STATUS_LABEL } from '../../../shared/domain'
import { listTasks } from '../../task/task-list'
import { existingDataFile } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

export const tasksCommand: CliCommand = {
  summary: '列出任务台账（牵头单位、配合单位、完成时限、状态、进度）',
  usage: 'tasks --db FILE [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const tasks = await withApp(dataFile, env, (ctx) => {
      provisionalNoteAsOf(env, ctx, localToday())
      return listTasks(ctx, localToday())
    })
    if (values.json) {
      return printJson(
        env,
        tasks.map((t) => ({
          id: t.id,
          code: t.code,
          group: t.group,
          phase: t.phase,
          title: t.title,
          leadUnits: t.leadUnits,
          supportUnits: t.supportUnits,
          leader: t.leader,
          startDate: t.startDate,
          deadline: t.deadline,
          status: t.status,
          percent: t.percent,
          completedDate: t.completedDate
        }))
      )
    }
    for (const t of tasks) {
      env.io.stdout(
        `${(t.code ?? '').padEnd(6)} ${t.title}｜牵头：${t.leadUnits.join('、')}｜时限：${t.deadline ?? '长期'}｜${WORK_STATUS_LABEL[t.status]} ${t.percent}%\n`
      )
    }
  }
}
