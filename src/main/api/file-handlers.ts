import type { AppContext } from '../app-context'
import { chooseFolder, chooseOpenFile, chooseOpenFiles, chooseSaveFile } from '../file/file-service'
import type { fileContract } from '../../shared/contract/file'
import type { HandlerGroup } from './handler-types'

export function fileHandlers(ctx: AppContext): HandlerGroup<typeof fileContract> {
  return {
    'file.chooseOpen': ({ purpose }) => chooseOpenFile(ctx.platform, ctx.files, purpose),
    'file.chooseOpenMany': ({ purpose }) => chooseOpenFiles(ctx.platform, ctx.files, purpose),
    'file.chooseSave': ({ purpose, defaultName }) =>
      chooseSaveFile(ctx.platform, ctx.files, purpose, defaultName),
    'file.chooseFolder': ({ purpose }) => chooseFolder(ctx.platform, ctx.files, purpose),
    'file.open': async ({ ref }) => ctx.platform.openFile(ctx.files.resolveAny(ref).path),
    'file.showInFolder': ({ ref }) => ctx.platform.showInFolder(ctx.files.resolveAny(ref).path)
  }
}
