import type { AppContext } from '../app-context'
import { UserError } from '../../shared/errors'
import type { roundContract } from '../../shared/contract/round'
import { openRound, roundCandidates } from '../round/round-open'
import { listRounds, roundDetail, roundItemsOf, readRound, toItemRow } from '../round/round-queries'
import type { HandlerGroup } from './handler-types'

function notYet(): never {
  throw new UserError('invalid-input', '该填报功能尚未实现')
}

/** 填报轮次 (issue 15): files are read and written only where the clerk chose (handles). */
export function roundHandlers(ctx: AppContext): HandlerGroup<typeof roundContract> {
  return {
    'round.list': () => listRounds(ctx.db),
    'round.get': ({ id }) => roundDetail(ctx.db, id),
    'round.candidates': ({ asOf, itemKinds }) => roundCandidates(ctx, asOf, itemKinds),
    'round.items': ({ id, unitId }) => {
      readRound(ctx.db, id)
      return roundItemsOf(ctx.db, id, unitId).map(toItemRow)
    },
    'round.open': (input) => openRound(ctx, input),
    'round.writeFiles': notYet,
    'round.collectPreview': notYet,
    'round.accept': notYet,
    'round.return': notYet,
    'round.status': notYet,
    'round.remind': notYet,
    'round.history': notYet,
    'round.unitHistory': notYet,
    'round.highlights': notYet
  }
}
