import type { AppContext } from '../app-context'
import { packDefaults } from '../pack/pack-defaults'
import { packJobOf } from '../pack/pack-job'
import { writePack } from '../pack/pack-writer'
import type { packContract } from '../../shared/contract/pack'
import type { HandlerGroup } from './handler-types'

/**
 * The pack is written into a folder the clerk chose (file.chooseFolder); its .zip is registered as an
 * output handle, so the desktop can show it in its folder and the web mode can hand it over as a download.
 * The job is keyed by the app's file registry, which lives as long as the app.
 */
export function packHandlers(ctx: AppContext): HandlerGroup<typeof packContract> {
  const job = () => packJobOf(ctx.files)
  return {
    'pack.defaults': ({ asOf }) => packDefaults(ctx, asOf, job().running),
    'pack.write': async ({ options, folder }) => {
      const dir = ctx.files.resolve(folder, 'folder', ['pack-folder'])
      const written = await writePack(ctx, options, dir, job())
      return {
        folderName: written.folderName,
        zip: ctx.files.register(written.zip, 'pack-zip', 'output'),
        parts: written.parts,
        snapshotAt: written.snapshotAt
      }
    },
    'pack.progress': () => job().snapshot(),
    'pack.cancel': () => job().cancel()
  }
}
