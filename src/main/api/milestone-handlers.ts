import type { AppContext } from '../app-context'
import { listMilestones, setMilestoneDone } from '../milestone/milestone-service'
import type { milestoneContract } from '../../shared/contract/milestone'
import type { HandlerGroup } from './handler-types'

export function milestoneHandlers(ctx: AppContext): HandlerGroup<typeof milestoneContract> {
  return {
    'milestone.list': ({ target, asOf }) => listMilestones(ctx, target, asOf),
    'milestone.setDone': ({ id, done, date }) => setMilestoneDone(ctx, id, done, date)
  }
}
