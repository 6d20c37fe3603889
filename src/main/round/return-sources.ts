import JSZip from 'jszip'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import { UserError } from '../../shared/errors'
import { IMPORT_LIMITS } from '../exchange/limits'

/** One workbook to check: where it came from (for accept/return to read it again) and its bytes. */
export interface ReturnFile {
  /** The path of the chosen file or folder (the handle's path). */
  path: string
  /** Path inside a folder or .zip; undefined for a file chosen on its own. */
  entry?: string
  name: string
  bytes: Buffer
}

const MAX_FILE = 50 * 1024 * 1024
const MAX_FILES = 2_000

/** A .zip a unit sent (not an .xlsx, which is a zip too): an archive without a workbook part. */
async function zipEntries(path: string, bytes: Buffer): Promise<ReturnFile[] | null> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false })
  } catch {
    return null
  }
  if (zip.file('xl/workbook.xml')) return null
  const entries = Object.values(zip.files).filter(
    (f) => !f.dir && /\.xlsx$/i.test(f.name) && !basename(f.name).startsWith('~$')
  )
  if (entries.length > MAX_FILES)
    throw new UserError(
      'file-refused',
      `压缩包“${basename(path)}”中的文件过多（${entries.length}个），未收取`
    )
  const out: ReturnFile[] = []
  let total = 0
  for (const entry of entries) {
    const data = await entry.async('nodebuffer')
    total += data.length
    if (data.length > MAX_FILE || total > IMPORT_LIMITS.maxUncompressedBytes)
      throw new UserError('file-refused', `压缩包“${basename(path)}”解压后过大，未收取`)
    out.push({ path, entry: entry.name, name: `${basename(path)} › ${entry.name}`, bytes: data })
  }
  return out
}

/** A chosen file: an .xlsx as it is, a .zip opened for the .xlsx files inside it. */
export async function filesOfChosenFile(path: string): Promise<ReturnFile[]> {
  const bytes = readFileSync(path)
  if (extname(path).toLowerCase() === '.zip') {
    const inside = await zipEntries(path, bytes)
    if (inside) return inside
  }
  return [{ path, name: basename(path), bytes }]
}

/** A chosen folder: its .xlsx and .zip files, one level of subfolders deep (as units' replies are saved). */
export async function filesOfFolder(folder: string): Promise<ReturnFile[]> {
  const out: ReturnFile[] = []
  const walk = async (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('~$')) continue
      const full = join(dir, name)
      const st = statSync(full)
      if (st.isDirectory()) {
        if (depth < 2) await walk(full, depth + 1)
        continue
      }
      const ext = extname(name).toLowerCase()
      if (ext !== '.xlsx' && ext !== '.zip') continue
      if (st.size > MAX_FILE) throw new UserError('file-refused', `“${name}”超过50MB，未收取`)
      const entry = relative(folder, full)
      const bytes = readFileSync(full)
      const inside = ext === '.zip' ? await zipEntries(full, bytes) : null
      if (inside)
        out.push(
          ...inside.map((f) => ({
            ...f,
            path: folder,
            entry: `${entry}!${f.entry}`,
            name: `${entry} › ${f.entry}`
          }))
        )
      else out.push({ path: folder, entry, name: entry, bytes })
      if (out.length > MAX_FILES)
        throw new UserError('file-refused', `文件夹中的文件过多（超过${MAX_FILES}个），未收取`)
    }
  }
  await walk(folder, 0)
  return out
}

/** The same file again, for accept/return: a chosen file, an entry of a folder, or of a .zip in either. */
export async function readSource(path: string, entry: string | undefined): Promise<ReturnFile> {
  const isFolder = statSync(path).isDirectory()
  const candidates = isFolder ? await filesOfFolder(path) : await filesOfChosenFile(path)
  const match = candidates.find((f) => f.entry === entry)
  if (!match) throw new UserError('not-found', '找不到检查过的文件，可能已被移动或删除，请重新选择后检查')
  return match
}
