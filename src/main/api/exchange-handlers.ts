import type { AppContext } from '../app-context'
import { exportToChosenFile } from '../exchange/export-service'
import { commitImport, previewImport } from '../exchange/import-service'
import { currentImportProgress } from '../exchange/import-progress'
import { importKindInfos } from '../exchange/kinds/registry'
import type { exchangeContract } from '../../shared/contract/exchange'
import type { HandlerGroup } from './handler-types'

export function exchangeHandlers(ctx: AppContext): HandlerGroup<typeof exchangeContract> {
  return {
    'exchange.kinds': () => importKindInfos(),
    'exchange.preview': (input) => previewImport(ctx, input),
    'exchange.progress': () => currentImportProgress(ctx),
    'exchange.commit': (input) => commitImport(ctx, input),
    'exchange.export': (input) => exportToChosenFile(ctx, input)
  }
}
