import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import { UserError } from '../../shared/errors'
import type { FilePurpose } from '../../shared/file-purposes'

interface Entry {
  path: string
  purpose: FilePurpose
  kind: 'input' | 'output' | 'folder'
}

/**
 * The paths the clerk chose in a dialog (or uploaded in the web mode), behind random handles. The page
 * only ever holds a handle, so a compromised page cannot name an arbitrary path to read or overwrite;
 * a handle is good only for the purpose and direction it was issued for.
 */
export class FileRegistry {
  private readonly entries = new Map<string, Entry>()

  register(path: string, purpose: FilePurpose, kind: Entry['kind']): { ref: string; name: string } {
    const ref = `f_${randomBytes(12).toString('hex')}`
    this.entries.set(ref, { path, purpose, kind })
    return { ref, name: basename(path) }
  }

  resolve(ref: string, kind: Entry['kind'], purposes: readonly FilePurpose[]): string {
    const entry = this.entries.get(ref)
    if (!entry || entry.kind !== kind || !purposes.includes(entry.purpose)) {
      throw new UserError('invalid-input', '所选文件已失效，请重新选择文件。')
    }
    return entry.path
  }

  /** An output file a previous call wrote, e.g. to open it or show it in its folder. */
  resolveAny(ref: string): { path: string; kind: Entry['kind'] } {
    const entry = this.entries.get(ref)
    if (!entry) throw new UserError('invalid-input', '所选文件已失效，请重新选择文件。')
    return { path: entry.path, kind: entry.kind }
  }
}
