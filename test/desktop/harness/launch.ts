import type { Browser, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { join, resolve, sep } from 'node:path'
import { createStandIn, type StandIn } from '../stand-in/electron'

const ROOT = resolve(__dirname, '../../..')
export const OUT = join(ROOT, 'out')
const MAIN = join(OUT, 'main', 'index.js')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

/**
 * `require('electron')` from the build output gets the stand-in of the app being started; from anywhere
 * else it is left alone (and the real package, which has no binary here, is never loaded by the app).
 * Only this harness installs the hook: nothing of it is in out/ or in the shipped package.
 */
let current: StandIn | null = null
type Load = (request: string, parent: { filename?: string } | null, isMain: boolean) => unknown
const moduleWithLoad = Module as unknown as { _load: Load }
const originalLoad = moduleWithLoad._load
let hooked = false
function installHook(): void {
  if (hooked) return
  hooked = true
  moduleWithLoad._load = function (request, parent, isMain) {
    if (request === 'electron' && parent?.filename?.startsWith(OUT + sep)) {
      if (!current) throw new Error('electron required outside a stand-in start')
      return current.electron
    }
    return originalLoad.call(this, request, parent, isMain)
  }
}

export interface DesktopApp {
  standIn: StandIn
  /** The app's window once it has been shown (ready-to-show → show). */
  shown(): Promise<{ page: Page }>
  quit(): Promise<number>
  exited: Promise<number>
}

/**
 * Starts out/main/index.js as Electron would: a fresh copy of the bundle (module state of its own),
 * process.argv holding the command line, the stand-in's app made ready once the bundle has run its top
 * level. The process-wide things the bundle sets (argv, process listeners) are put back when it quits.
 */
export function launchDesktop(options: {
  browser: Browser
  userData: string
  args?: string[]
  displays?: { x: number; y: number; width: number; height: number }[]
}): DesktopApp {
  installHook()
  const args = options.args ?? []
  const standIn = createStandIn({
    browser: options.browser,
    userData: options.userData,
    args,
    version: VERSION,
    ...(options.displays ? { displays: options.displays } : {})
  })
  const savedArgv = process.argv
  const listenersBefore = {
    uncaughtException: process.listeners('uncaughtException'),
    unhandledRejection: process.listeners('unhandledRejection')
  }
  delete process.env['ELECTRON_RENDERER_URL']
  for (const key of Object.keys(require.cache)) if (key.startsWith(OUT + sep)) delete require.cache[key]
  process.argv = [process.execPath, ...args]
  current = standIn
  try {
    createRequire(__filename)(MAIN)
  } finally {
    current = null
  }
  standIn.app.becomeReady()
  const exited = standIn.app.exited.then((code) => {
    process.argv = savedArgv
    for (const listener of process.listeners('uncaughtException'))
      if (!listenersBefore.uncaughtException.includes(listener))
        process.removeListener('uncaughtException', listener)
    for (const listener of process.listeners('unhandledRejection'))
      if (!listenersBefore.unhandledRejection.includes(listener))
        process.removeListener('unhandledRejection', listener)
    return code
  })
  return {
    standIn,
    exited,
    async shown() {
      const deadline = Date.now() + 30_000
      for (;;) {
        const win = standIn.openWindows()[0]
        if (win?.isVisible()) return { page: await win.webContents.page }
        const over = await Promise.race([exited.then(() => true), sleep(50).then(() => false)])
        if (over) throw new Error(`the app quit before showing a window: ${describeErrors(standIn)}`)
        if (Date.now() > deadline) throw new Error(`no window shown within 30 s: ${describeErrors(standIn)}`)
      }
    },
    async quit() {
      standIn.app.quit()
      return exited
    }
  }
}

function describeErrors(standIn: StandIn): string {
  const boxes = standIn.dialogCalls.filter((c) => c.kind === 'error').map((c) => JSON.stringify(c.options))
  return boxes.length > 0 ? boxes.join('; ') : 'no error box'
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
