import {
  FILE_PURPOSES,
  type ChosenFile,
  type FolderPurpose,
  type OpenPurpose,
  type SavePurpose
} from '../../../shared/file-purposes'
import { ApiError, call, isWebMode } from './client'
import { webToken } from './transport'

/**
 * Choosing and delivering files, the same for every page: native dialogs in the desktop window; in the
 * web mode, the browser's file picker plus an upload, and a download for what CivDesk wrote.
 */
export async function chooseOpenFile(purpose: OpenPurpose): Promise<ChosenFile | null> {
  if (!isWebMode()) return call('file.chooseOpen', { purpose })
  const file = await pickInBrowser(FILE_PURPOSES[purpose].extensions)
  return file ? uploadFile(file, purpose) : null
}

/**
 * Several files at once: a multiple-choice dialog in the desktop window; in the web mode the browser's
 * picker, then one upload per file. An empty list when the clerk cancels.
 */
export async function chooseOpenFiles(purpose: OpenPurpose): Promise<ChosenFile[]> {
  if (!isWebMode()) return call('file.chooseOpenMany', { purpose })
  const files = await pickManyInBrowser(FILE_PURPOSES[purpose].extensions, false)
  return uploadAll(files, purpose)
}

/**
 * Every file of a folder the clerk picks. The desktop window hands main the folder itself (one handle,
 * main lists it); the browser cannot, so the web mode uploads the folder's files of the purpose's kinds.
 */
export async function chooseFolderToRead(
  purpose: OpenPurpose,
  folderPurpose: FolderPurpose
): Promise<ChosenFile[]> {
  if (!isWebMode()) {
    const folder = await call('file.chooseFolder', { purpose: folderPurpose })
    return folder ? [folder] : []
  }
  const extensions = FILE_PURPOSES[purpose].extensions as readonly string[]
  const files = (await pickManyInBrowser(extensions, true)).filter((f) =>
    extensions.some((ext) => f.name.toLowerCase().endsWith(`.${ext}`))
  )
  return uploadAll(files, purpose)
}

async function uploadAll(files: readonly File[], purpose: OpenPurpose): Promise<ChosenFile[]> {
  const chosen: ChosenFile[] = []
  for (const file of files) chosen.push(await uploadFile(file, purpose))
  return chosen
}

export function chooseSaveFile(purpose: SavePurpose, defaultName: string): Promise<ChosenFile | null> {
  return call('file.chooseSave', { purpose, defaultName })
}

/** Sends a file the clerk dropped or picked in the page to the main process (web mode). */
export async function uploadFile(file: File, purpose: OpenPurpose): Promise<ChosenFile> {
  const response = await fetch(`/upload?purpose=${purpose}&name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-CivDesk-Token': webToken() },
    body: file
  })
  if (!response.ok) throw new ApiError({ code: 'forbidden', message: `上传被拒绝（${response.status}）` })
  const reply = (await response.json()) as
    { ok: true; value: ChosenFile } | { ok: false; error: { code: 'invalid-input'; message: string } }
  if (!reply.ok) throw new ApiError(reply.error)
  return reply.value
}

/**
 * After CivDesk wrote a file: in the desktop window, open it with Word/WPS/Excel; in the web mode,
 * hand it to the browser as a download.
 */
export async function openWrittenFile(file: ChosenFile): Promise<void> {
  if (!isWebMode()) return call('file.open', { ref: file.ref })
  const response = await fetch('/download', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CivDesk-Token': webToken() },
    body: JSON.stringify({ ref: file.ref })
  })
  if (!response.ok) throw new ApiError({ code: 'not-found', message: await response.text() })
  const url = URL.createObjectURL(await response.blob())
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.name
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function showInFolder(file: ChosenFile): Promise<void> {
  return isWebMode() ? openWrittenFile(file) : call('file.showInFolder', { ref: file.ref })
}

function pickManyInBrowser(extensions: readonly string[], folder: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    if (folder) input.webkitdirectory = true
    else input.accept = extensions.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])])
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}

function pickInBrowser(extensions: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(null)
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}
