import type { AppContext } from '../app-context'
import { previewSchedule, saveSchedule } from '../schedule/schedule-service'
import type { scheduleContract } from '../../shared/contract/schedule'
import type { HandlerGroup } from './handler-types'

export function scheduleHandlers(ctx: AppContext): HandlerGroup<typeof scheduleContract> {
  return {
    'schedule.preview': ({ deadline, steps }) => previewSchedule(ctx, deadline, steps),
    'schedule.save': (request) => saveSchedule(ctx, request)
  }
}
