import type { AppContext } from '../app-context'
import { notYet } from '../assessment/not-yet'
import type { assessmentContract } from '../../shared/contract/assessment'
import type { HandlerGroup } from './handler-types'

export function assessmentHandlers(ctx: AppContext): HandlerGroup<typeof assessmentContract> {
  void ctx
  return {
    'assessment.scheme': notYet,
    'assessment.schemes': notYet,
    'assessment.saveScheme': notYet,
    'assessment.copyScheme': notYet,
    'assessment.installSample': notYet,
    'assessment.rounds': notYet,
    'assessment.round': notYet,
    'assessment.openRound': notYet,
    'assessment.score': notYet,
    'assessment.explain': notYet,
    'assessment.problems': notYet,
    'assessment.assign': notYet,
    'assessment.transition': notYet,
    'assessment.enterPoint': notYet,
    'assessment.enterSurvey': notYet,
    'assessment.report': notYet,
    'assessment.handovers': notYet,
    'assessment.exportLedger': notYet
  }
}
