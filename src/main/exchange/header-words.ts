import { matchWords, type HeaderMatch } from './header-match'
import { importKindNamed } from './kinds/registry'

/** How a header reads for a registered kind (by its name): which of its fields, and how well. */
export function matchHeader(kind: string, header: string): HeaderMatch | null {
  return matchWords(importKindNamed(kind).headerWords, header)
}
