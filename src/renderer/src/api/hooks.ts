import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions
} from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract'
import { call } from './client'

/** Reads through the contract, cached per method and input; every mutation refreshes all reads. */
export function useApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodResult<M>>, 'queryKey' | 'queryFn'> = {}
) {
  return useQuery<MethodResult<M>>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    ...options
  })
}

/** A read a page will make, started early (same cache entry as `useApi`), e.g. while its code loads. */
export interface ApiRead<M extends MethodName = MethodName> {
  method: M
  input: MethodInput<M>
}

export function prefetchApi(queryClient: QueryClient, reads: readonly ApiRead[]): void {
  for (const { method, input } of reads)
    void queryClient.prefetchQuery({ queryKey: [method, input], queryFn: () => call(method, input) })
}

export function useApiMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient()
  return useMutation<MethodResult<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => queryClient.invalidateQueries()
  })
}
