import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { EventEmitter } from 'node:events'
import * as timers from 'node:timers'
import * as url from 'node:url'
import { callingFrame } from './ipc'

/** What the preload gave contextBridge.exposeInMainWorld. */
export interface Exposure {
  key: string
  api: unknown
}

/**
 * Runs a compiled preload as Electron runs a sandboxed one: a plain script (CommonJS wrapper, no ESM),
 * whose `require` knows only `electron` and the few modules a sandboxed preload gets (events, timers,
 * url). It throws where Electron would print "Unable to load preload script" and leave the page bare.
 */
export function runSandboxedPreload(preloadPath: string, electronForPreload: object): Exposure[] {
  const exposures: Exposure[] = []
  const contextBridge = Object.freeze({
    exposeInMainWorld(key: string, api: unknown) {
      if (exposures.some((e) => e.key === key))
        throw new Error(`Cannot bind an API on top of an existing property on the window object`)
      exposures.push({ key, api })
    }
  })
  const modules: Record<string, unknown> = {
    electron: { ...electronForPreload, contextBridge },
    events: EventEmitter,
    timers,
    url
  }
  const sandboxRequire = (name: string): unknown => {
    if (name in modules) return modules[name]
    throw new Error(`module not found: ${name}`)
  }
  const code = readFileSync(preloadPath, 'utf8')
  const context = createContext({ console, Buffer, setTimeout, clearTimeout, setImmediate, clearImmediate })
  const wrapper = runInContext(
    `(function (exports, require, module, process, Buffer, global, setImmediate, clearImmediate) {${code}\n})`,
    context,
    { filename: preloadPath }
  ) as (...args: unknown[]) => void
  const module = { exports: {} }
  const limitedProcess = {
    platform: 'win32',
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    env: {}
  }
  wrapper(
    module.exports,
    sandboxRequire,
    module,
    limitedProcess,
    Buffer,
    context,
    setImmediate,
    clearImmediate
  )
  return exposures
}

/** The exposed API's shape: functions become proxies, everything else a frozen copy (Electron's rule). */
type Shape =
  | { kind: 'function'; id: number }
  | { kind: 'value'; value: unknown }
  | { kind: 'object'; entries: [string, Shape][] }
  | { kind: 'array'; items: Shape[] }

/**
 * Puts what the preload exposed onto the page's window, as contextBridge does: the same keys, functions
 * proxied back to the preload's own functions (so a call runs the compiled preload code, which calls
 * ipcRenderer.invoke), all other values copied and frozen. The page's frame making the call is passed
 * along, so the main side's sender check sees the real URL of that frame.
 */
export async function bridgeIntoPage(
  page: Page,
  exposures: Exposure[],
  options: { subFrames: boolean; sender: unknown; ipcRenderer: object }
): Promise<void> {
  const functions: ((...args: unknown[]) => unknown)[] = []
  const describe = (value: unknown): Shape => {
    // Electron 29+: ipcRenderer itself cannot cross the bridge; the page would get an empty object.
    if (value === options.ipcRenderer) return { kind: 'object', entries: [] }
    if (typeof value === 'function') {
      functions.push(value as (...args: unknown[]) => unknown)
      return { kind: 'function', id: functions.length - 1 }
    }
    if (Array.isArray(value)) return { kind: 'array', items: value.map(describe) }
    if (value !== null && typeof value === 'object')
      return {
        kind: 'object',
        entries: Object.keys(value).map((k) => [k, describe((value as Record<string, unknown>)[k])])
      }
    return { kind: 'value', value }
  }
  const apis = exposures.map((e) => ({ key: e.key, shape: describe(e.api) }))
  const binding = `__standInContextBridge${Math.random().toString(36).slice(2)}`
  await page.exposeBinding(binding, (source, id: number, args: unknown[]) =>
    callingFrame.run({ frame: source.frame, sender: options.sender }, () => functions[id](...args))
  )
  await page.addInitScript(
    ({ apis, binding, subFrames }) => {
      const w = window as unknown as Record<string, unknown>
      const call = w[binding] as (id: number, args: unknown[]) => Promise<unknown>
      delete w[binding]
      // Without nodeIntegrationInSubFrames the preload runs in the top frame only.
      if (window.top !== window && !subFrames) return
      type S = (typeof apis)[number]['shape']
      const build = (s: S): unknown => {
        if (s.kind === 'function') return (...args: unknown[]) => call(s.id, args)
        if (s.kind === 'value') return s.value
        if (s.kind === 'array') return Object.freeze(s.items.map(build))
        return Object.freeze(Object.fromEntries(s.entries.map(([k, v]) => [k, build(v)])))
      }
      for (const { key, shape } of apis)
        Object.defineProperty(window, key, { value: build(shape), enumerable: true })
    },
    { apis, binding, subFrames: options.subFrames }
  )
}
