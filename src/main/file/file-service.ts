import { existsSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { UserError } from '../../shared/errors'
import {
  FILE_PURPOSES,
  type ChosenFile,
  type FilePurpose,
  type OpenPurpose,
  type SavePurpose
} from '../../shared/file-purposes'
import type { FileRegistry } from './file-registry'
import type { Platform } from './platform'

/** Asks the clerk for a file to read and checks it against the purpose before handing out a handle. */
export async function chooseOpenFile(
  platform: Platform,
  registry: FileRegistry,
  purpose: OpenPurpose
): Promise<ChosenFile | null> {
  const path = await platform.chooseOpenFile(purpose)
  if (path === null) return null
  assertReadable(path, purpose)
  return registry.register(path, purpose, 'input')
}

/** Several files to read; each is checked like a single one, so one wrong file refuses the choice. */
export async function chooseOpenFiles(
  platform: Platform,
  registry: FileRegistry,
  purpose: OpenPurpose
): Promise<ChosenFile[]> {
  const paths = await platform.chooseOpenFiles(purpose)
  for (const path of paths) assertReadable(path, purpose)
  return paths.map((path) => registry.register(path, purpose, 'input'))
}

export async function chooseSaveFile(
  platform: Platform,
  registry: FileRegistry,
  purpose: SavePurpose,
  defaultName: string
): Promise<ChosenFile | null> {
  const spec = FILE_PURPOSES[purpose]
  let path = await platform.chooseSaveFile(purpose, defaultName)
  if (path === null) return null
  if (!spec.extensions.some((ext) => path!.toLowerCase().endsWith(`.${ext}`)))
    path = `${path}.${spec.extensions[0]}`
  return registry.register(path, purpose, 'output')
}

export async function chooseFolder(
  platform: Platform,
  registry: FileRegistry,
  purpose: FilePurpose
): Promise<ChosenFile | null> {
  const path = await platform.chooseFolder(purpose)
  return path === null ? null : registry.register(path, purpose, 'folder')
}

/** The extension and size rules of a purpose, applied to a file the clerk picked or uploaded. */
export function assertReadable(path: string, purpose: FilePurpose): void {
  const spec = FILE_PURPOSES[purpose]
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UserError('invalid-input', `找不到文件：${path}`)
  const ext = extname(path).slice(1).toLowerCase()
  if (spec.extensions.length > 0 && !(spec.extensions as readonly string[]).includes(ext)) {
    throw new UserError(
      'file-refused',
      `请选择${spec.label}（.${spec.extensions.join('/.')} 文件），所选文件为 .${ext || '无扩展名'}`
    )
  }
  const size = statSync(path).size
  if (spec.maxBytes > 0 && size > spec.maxBytes) {
    throw new UserError(
      'file-refused',
      `文件过大（${Math.round(size / 1024 / 1024)} MB），${spec.label}不能超过 ${Math.round(spec.maxBytes / 1024 / 1024)} MB`
    )
  }
}
