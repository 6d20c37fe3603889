import type { AppContext } from '../app-context'
import { openOtherDataFile, saveDataFileAs } from '../data-file/data-file-service'
import type { dataFileContract } from '../../shared/contract/data-file'
import type { HandlerGroup } from './handler-types'

export function dataFileHandlers(ctx: AppContext): HandlerGroup<typeof dataFileContract> {
  return {
    'dataFile.open': ({ ref }) => openOtherDataFile(ctx, ctx.files.resolve(ref, 'input', ['backup-db'])),
    'dataFile.saveAs': ({ ref }) => saveDataFileAs(ctx, ctx.files.resolve(ref, 'output', ['data-file']))
  }
}
