/**
 * The only bridge between the page and the main process: one `invoke` that accepts exactly the
 * contract's method names. No ipcRenderer, no Node, nothing else (preload.exploit.test.ts pins it).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, isMethodName } from '../shared/contract'
import type { CivDeskBridge } from './api'

const bridge: CivDeskBridge = Object.freeze({
  invoke(method: string, payload: unknown) {
    if (!isMethodName(method)) return Promise.reject(new Error(`unknown method: ${String(method)}`))
    return ipcRenderer.invoke(channelOf(method), payload)
  }
}) satisfies CivDeskBridge

contextBridge.exposeInMainWorld('civdesk', bridge)
