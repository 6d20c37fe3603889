import type { AppContext } from '../app-context'
import { chooseFolder, chooseOpenFile, chooseSaveFile } from '../files/file-service'
import type { HandlerGroup } from './handlers'

export function fileHandlers(
  ctx: AppContext
): HandlerGroup<
  'file.chooseOpen' | 'file.chooseSave' | 'file.chooseFolder' | 'file.open' | 'file.showInFolder'
> {
  return {
    'file.chooseOpen': ({ purpose }) => chooseOpenFile(ctx.platform, ctx.files, purpose),
    'file.chooseSave': ({ purpose, defaultName }) =>
      chooseSaveFile(ctx.platform, ctx.files, purpose, defaultName),
    'file.chooseFolder': ({ purpose }) => chooseFolder(ctx.platform, ctx.files, purpose),
    'file.open': async ({ ref }) => ctx.platform.openFile(ctx.files.resolveAny(ref).path),
    'file.showInFolder': ({ ref }) => ctx.platform.showInFolder(ctx.files.resolveAny(ref).path)
  }
}
