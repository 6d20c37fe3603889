import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from '../system/atomic-file'

/** What the desktop app remembers between starts outside the data file: which data file to open. */
const configSchema = z.object({ dataFile: z.string().min(1).max(1000).optional() })
export type ShellConfig = z.infer<typeof configSchema>

export function loadShellConfig(path: string): ShellConfig {
  try {
    return configSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return {}
  }
}

export function saveShellConfig(path: string, config: ShellConfig): void {
  writeFileAtomic(path, JSON.stringify(config, null, 2))
}
