import type { exchangeContract } from '../../shared/contract/exchange'
import type { AppContext } from '../app-context'
import { exportToChosenFile } from '../exchange/export-service'
import { commitImport, previewImport } from '../exchange/import-service'
import type { HandlerGroup } from './handlers'

export function exchangeHandlers(ctx: AppContext): HandlerGroup<keyof typeof exchangeContract & string> {
  return {
    'exchange.preview': (input) => previewImport(ctx, input),
    'exchange.commit': (input) => commitImport(ctx, input),
    'exchange.export': (input) => exportToChosenFile(ctx, input)
  }
}
