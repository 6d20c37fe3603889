import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'

/**
 * The pack folder as a .zip for the secretariat: the folder itself at the top, then its files as written.
 * Names are stored as UTF-8 (JSZip sets the language-encoding flag), which Windows' own unzip and WPS read.
 */
export async function zipFolder(folder: string, name: string): Promise<Buffer> {
  const zip = new JSZip()
  const add = (dir: string, into: JSZip): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) add(path, into.folder(entry)!)
      else into.file(entry, readFileSync(path))
    }
  }
  add(folder, zip.folder(name)!)
  // The .docx and .xlsx inside are zips already; storing them spares the time of squeezing them again.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' })
}
