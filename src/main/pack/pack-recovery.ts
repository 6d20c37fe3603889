import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { markPlaced, unplacedPacks } from './pack-store'

/** `.<folder name>.civdesk-staging-<pid>-<random>`: beside the target, so the final move is a rename. */
export const STAGING_PATTERN = /^\..+\.civdesk-staging-(\d+)-[0-9a-f]+$/

export function stagingName(folderName: string, random: string): string {
  return `.${folderName}.civdesk-staging-${process.pid}-${random}`
}

/**
 * Moves a committed pack's folder and .zip from its staging folder into place and removes the staging
 * folder. Each step is a rename or a removal that can be repeated, so an interrupted move is finished by
 * running this again.
 */
export function placePack(staging: string, folder: string): void {
  const name = basename(folder)
  const stagedFolder = join(staging, name)
  const stagedZip = join(staging, `${name}.zip`)
  if (existsSync(stagedFolder) && !existsSync(folder)) renameSync(stagedFolder, folder)
  if (existsSync(stagedZip) && !existsSync(`${folder}.zip`)) renameSync(stagedZip, `${folder}.zip`)
  rmSync(staging, { recursive: true, force: true })
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * After a crash or a SIGKILL: a pack whose row names a staging folder was committed (its 期号 and 文号
 * registered), so its files are moved into place; a staging folder in `outDir` that no row names was
 * never committed, and is removed (unless the process that made it is still running). Either way the
 * pack is wholly there or wholly absent, files and register alike.
 */
export function recoverPacks(db: Database, outDir?: string): void {
  const committed = new Set<string>()
  for (const pack of unplacedPacks(db)) {
    committed.add(pack.staging!)
    if (existsSync(pack.staging!)) placePack(pack.staging!, pack.folder)
    markPlaced(db, pack.id)
  }
  if (outDir === undefined || !existsSync(outDir)) return
  for (const entry of readdirSync(outDir)) {
    const m = STAGING_PATTERN.exec(entry)
    const path = join(outDir, entry)
    if (!m || committed.has(path) || alive(Number(m[1]))) continue
    rmSync(path, { recursive: true, force: true })
  }
}
