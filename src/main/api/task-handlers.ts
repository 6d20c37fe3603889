import type { AppContext } from '../app-context'
import { listTasks } from '../task/task-list'
import { taskFormOptions } from '../task/task-options'
import { createTask, deleteTasks, restoreTasks, updateTask } from '../task/task-service'
import type { taskContract } from '../../shared/contract/task'
import type { HandlerGroup } from './handler-types'

export function taskHandlers(ctx: AppContext): HandlerGroup<typeof taskContract> {
  return {
    'task.list': ({ asOf, includeDeleted, areaId, includeCityWide }) =>
      listTasks(ctx, asOf, includeDeleted, { areaId, includeCityWide }),
    'task.options': () => taskFormOptions(ctx),
    'task.create': (draft) => createTask(ctx, draft),
    'task.update': ({ id, changes }) => updateTask(ctx, id, changes),
    'task.delete': ({ ids }) => deleteTasks(ctx, ids),
    'task.restore': ({ ids }) => restoreTasks(ctx, ids)
  }
}
