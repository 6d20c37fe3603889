import type { ImportKindInfo } from '../../../shared/contract'
import { useApi } from '../api/hooks'

/**
 * What an import kind declares (title, button, fields with their labels, required columns, its export),
 * as the main process's registry answers `exchange.kinds`: the wizard knows no kind by name.
 */
export function useImportKind(kind: string): ImportKindInfo | undefined {
  const { data } = useApi('exchange.kinds', {}, { staleTime: Infinity })
  return data?.find((k) => k.kind === kind)
}
