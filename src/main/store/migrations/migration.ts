import type { Database } from 'better-sqlite3'

/** One forward-only schema step. `up` runs inside the runner's transaction and must not be async. */
export interface Migration {
  /** Strictly increasing across the list; recorded in PRAGMA user_version once applied. */
  version: number
  name: string
  up(db: Database): void
}
