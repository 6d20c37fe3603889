import type { tasksContract } from '../../shared/contract/tasks'
import type { AppContext } from '../app-context'
import { addProgress, listProgress } from '../progress/progress-service'
import { readProgressTarget } from '../progress/progress-target'
import { listMilestones, setMilestoneDone } from '../schedule/milestone-service'
import { previewSchedule, saveSchedule } from '../schedule/schedule-service'
import { taskFormOptions } from '../tasks/task-options'
import { createTask, deleteTasks, restoreTasks, updateTask } from '../tasks/task-service'
import type { HandlerGroup } from './handlers'

export function taskHandlers(ctx: AppContext): HandlerGroup<keyof typeof tasksContract & string> {
  return {
    'task.options': () => taskFormOptions(ctx),
    'task.create': (draft) => createTask(ctx, draft),
    'task.update': ({ id, changes }) => updateTask(ctx, id, changes),
    'task.delete': ({ ids }) => deleteTasks(ctx, ids),
    'task.restore': ({ ids }) => restoreTasks(ctx, ids),
    'progress.target': ({ target }) => {
      const { label: _label, ...info } = readProgressTarget(ctx.db, target)
      return info
    },
    'progress.list': ({ target }) => listProgress(ctx, target),
    'progress.add': (input) => addProgress(ctx, input),
    'milestone.list': ({ target, asOf }) => listMilestones(ctx, target, asOf),
    'milestone.setDone': ({ id, done, date }) => setMilestoneDone(ctx, id, done, date),
    'schedule.preview': ({ deadline, steps }) => previewSchedule(ctx, deadline, steps),
    'schedule.save': (request) => saveSchedule(ctx, request)
  }
}
