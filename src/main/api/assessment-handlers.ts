import type { AppContext } from '../app-context'
import { enterPoint, enterSurvey } from '../assessment/entry-service'
import {
  writeBulletin,
  writeHandovers,
  writeRectificationLedger
} from '../assessment/documents/report-service'
import { assignProblems, listProblems, transitionProblems } from '../assessment/problem-service'
import { listRounds, openRound, roundDetail } from '../assessment/round-store'
import {
  copyScheme,
  installSampleScheme,
  listSchemes,
  loadScheme,
  saveScheme,
  schemeInForce
} from '../assessment/scheme-store'
import { explainScore, scoreRound } from '../assessment/score-service'
import type { assessmentContract } from '../../shared/contract/assessment'
import type { HandlerGroup } from './handler-types'

export function assessmentHandlers(ctx: AppContext): HandlerGroup<typeof assessmentContract> {
  return {
    'assessment.scheme': ({ year, id }) =>
      id !== undefined ? loadScheme(ctx.db, id) : schemeInForce(ctx.db, year),
    'assessment.schemes': () => listSchemes(ctx.db),
    'assessment.saveScheme': (input) => saveScheme(ctx, input),
    'assessment.copyScheme': ({ id, year }) => copyScheme(ctx, id, year),
    'assessment.installSample': ({ year }) => installSampleScheme(ctx, year),
    'assessment.rounds': () => listRounds(ctx.db),
    'assessment.round': ({ id }) => roundDetail(ctx.db, id),
    'assessment.openRound': (input) => openRound(ctx, input),
    'assessment.score': ({ roundId, asOf }) => scoreRound(ctx, roundId, asOf),
    'assessment.explain': ({ roundId, areaId }) => explainScore(ctx, roundId, areaId),
    'assessment.problems': ({ asOf, ...filter }) => listProblems(ctx, asOf, filter),
    'assessment.assign': (input) => assignProblems(ctx, input),
    'assessment.transition': (input) => transitionProblems(ctx, input),
    'assessment.enterPoint': (input) => enterPoint(ctx, input),
    'assessment.enterSurvey': (input) => enterSurvey(ctx, input),
    'assessment.report': async ({ target, ...request }) => {
      const path = ctx.files.resolve(target, 'output', ['docx'])
      const { number } = await writeBulletin(ctx, request, path)
      return { number, file: ctx.files.register(path, 'docx', 'output') }
    },
    'assessment.handovers': async ({ folder, ...request }) => {
      const dir = ctx.files.resolve(folder, 'folder', ['notice-folder'])
      const paths = await writeHandovers(ctx, request, dir)
      return paths.map((p) => ctx.files.register(p, 'docx', 'output'))
    },
    'assessment.exportLedger': async ({ target, ...request }) => {
      const path = ctx.files.resolve(target, 'output', ['export-xlsx'])
      await writeRectificationLedger(ctx, request, path)
      return ctx.files.register(path, 'export-xlsx', 'output')
    }
  }
}
