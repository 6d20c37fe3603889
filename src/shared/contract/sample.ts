import { z } from 'zod'
import { mutation } from './define'

export interface SampleLoadResult {
  villages: number
  tasks: number
  villageItems: number
  asOf: string
}

export const sampleContract = {
  'sample.load': mutation<SampleLoadResult>()(
    z.object({ scale: z.number().int().min(1).max(50).default(1) }).strict()
  )
}
