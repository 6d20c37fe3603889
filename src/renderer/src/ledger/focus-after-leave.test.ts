import { describe, expect, it } from 'vitest'
import { neighbourIndex } from './focus-after-leave'

describe('neighbourIndex', () => {
  it('takes the row now in the left row’s place', () => {
    expect(neighbourIndex(2, 5)).toBe(2)
  })
  it('takes the new last row when the last one left', () => {
    expect(neighbourIndex(5, 5)).toBe(4)
  })
  it('has no neighbour when nothing is shown', () => {
    expect(neighbourIndex(0, 0)).toBeNull()
  })
})
