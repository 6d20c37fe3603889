import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
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

export function useApiMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient()
  return useMutation<MethodResult<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => queryClient.invalidateQueries()
  })
}
