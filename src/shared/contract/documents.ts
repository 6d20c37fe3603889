/**
 * Methods of this capability; each entry: name → query<Result>()(zod input) or mutation<Result>()(…).
 * Mutations write an audit row in the same transaction as their change.
 */
export const documentsContract = {}
