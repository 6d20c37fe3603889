import { statSync } from 'node:fs'
import type { AppContext } from '../app-context'
import { UserError } from '../../shared/errors'
import type { roundContract } from '../../shared/contract/round'
import { roundBoard, roundHighlights, roundHistory, unitRoundHistory } from '../round/round-board'
import { writeRoundFiles } from '../round/round-files'
import { openRound, roundCandidates } from '../round/round-open'
import { listRounds, roundDetail, roundItemsOf, readRound, toItemRow } from '../round/round-queries'
import { remindMissing, returnToUnit } from '../round/round-return'
import { acceptChecked, checkOne, collectReturns } from '../round/round-service'
import { receiveReturns } from '../round/round-receive'
import type { HandlerGroup } from './handler-types'

/**
 * 填报轮次 (issue 15). Files are read and written only where the clerk chose (handles): returns as
 * 'round-return' files or folders, output into a folder; every file written is registered as an output
 * handle so the web mode can hand it over as a download.
 */
export function roundHandlers(ctx: AppContext): HandlerGroup<typeof roundContract> {
  // A return is a chosen file or .zip ('round-return'), or a folder of them ('round-folder').
  const sourcePath = (ref: string): string => {
    try {
      return ctx.files.resolve(ref, 'input', ['round-return'])
    } catch {
      return ctx.files.resolve(ref, 'folder', ['round-folder'])
    }
  }
  const inputsOf = (files: readonly string[], folders: readonly string[]) => [
    ...files.map((ref) => ({
      ref,
      path: sourcePath(ref),
      folder: ctx.files.resolveAny(ref).kind === 'folder'
    })),
    ...folders.map((ref) => ({ ref, path: ctx.files.resolve(ref, 'folder', ['round-folder']), folder: true }))
  ]
  const out = (path: string, purpose: 'docx' | 'export-xlsx') => ctx.files.register(path, purpose, 'output')
  return {
    'round.list': () => listRounds(ctx.db),
    'round.get': ({ id }) => roundDetail(ctx.db, id),
    'round.candidates': ({ asOf, itemKinds }) => roundCandidates(ctx, asOf, itemKinds),
    'round.items': ({ id, unitId }) => {
      readRound(ctx.db, id)
      return roundItemsOf(ctx.db, id, unitId).map(toItemRow)
    },
    'round.open': (input) => openRound(ctx, input),
    'round.writeFiles': async ({ id, folder, issuedOn }) => {
      const parent = ctx.files.resolve(folder, 'folder', ['round-folder'])
      const written = await writeRoundFiles(ctx, id, parent, issuedOn)
      return {
        folder: ctx.files.register(written.folder, 'round-folder', 'folder'),
        zip: ctx.files.register(written.zip, 'export-xlsx', 'output'),
        notice: out(written.notice, 'docx'),
        files: written.files.map((f) => ({ unit: f.unit, file: out(f.path, 'export-xlsx'), items: f.items }))
      }
    },
    'round.collectPreview': async ({ id, asOf, files, folders }) => {
      const inputs = [
        ...files.map((ref) => ({
          ref,
          path: ctx.files.resolve(ref, 'input', ['round-return']),
          folder: false
        })),
        ...folders.map((ref) => ({
          ref,
          path: ctx.files.resolve(ref, 'folder', ['round-folder']),
          folder: true
        }))
      ]
      return (await collectReturns(ctx, id, inputs, asOf)).preview
    },
    'round.receive': async ({ id, asOf, files, folders }) => {
      const { checked } = await collectReturns(ctx, id, inputsOf(files, folders), asOf)
      return receiveReturns(ctx, id, checked, asOf)
    },
    'round.accept': ({ id, source, checksum, itemIds, asOf }) =>
      acceptChecked(ctx, id, sourcePath(source.ref), source.entry, checksum, itemIds, asOf),
    'round.return': async ({ id, unitId, source, checksum, reason, itemReasons, folder, asOf }) => {
      let file = null
      if (source !== undefined) {
        const checked = await checkOne(ctx, id, sourcePath(source.ref), source.entry, asOf)
        if (checksum !== undefined && checked.check.checksum !== checksum)
          throw new UserError('conflict', `“${checked.check.name}”在检查之后被修改过，请重新检查`)
        if (checked.check.unitId !== unitId)
          throw new UserError('invalid-input', `“${checked.check.name}”不是该单位的填报表`)
        file = {
          name: checked.check.name,
          checksum: checked.check.checksum,
          problems: checked.check.problems
        }
      }
      const dir = ctx.files.resolve(folder, 'folder', ['round-folder'])
      if (!statSync(dir).isDirectory()) throw new UserError('invalid-input', '请选择保存退回说明的文件夹')
      const result = await returnToUnit(ctx, id, { unitId, reason, itemReasons, file, asOf }, dir)
      return { returnId: result.returnId, unit: result.unit, file: out(result.path, 'docx') }
    },
    'round.status': ({ id, asOf }) => roundBoard(ctx, id, asOf),
    'round.remind': async ({ id, asOf, issuedOn, folder }) => {
      const dir = ctx.files.resolve(folder, 'folder', ['round-folder'])
      const result = await remindMissing(ctx, id, asOf, issuedOn, dir)
      return {
        reminders: result.reminders.map(({ path, ...r }) => ({ ...r, file: out(path, 'docx') })),
        skipped: result.skipped
      }
    },
    'round.history': ({ id }) => roundHistory(ctx, id),
    'round.unitHistory': ({ unitId, asOf }) => unitRoundHistory(ctx, unitId, asOf),
    'round.highlights': ({ asOf }) => roundHighlights(ctx, asOf)
  }
}
