import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract'
import { call } from '../api/client'

/**
 * A change through the contract, then every read refreshed (as useApiMutation does), awaited so that a
 * dialog closes on the new figures: ranks, lights and counts all move with one 交办 or one import.
 */
export function useChange(): <M extends MethodName>(
  method: M,
  input: MethodInput<M>
) => Promise<MethodResult<M>> {
  const queryClient = useQueryClient()
  return useCallback(
    async (method, input) => {
      const result = await call(method, input)
      await queryClient.invalidateQueries()
      return result
    },
    [queryClient]
  )
}
