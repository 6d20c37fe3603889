import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, methodNames, type Reply } from '../shared/contract'
import { dispatch } from './api/dispatch'
import type { Handlers } from './api/handlers'
import type { Logger } from './system/logger'

/** Frame of the sender as Electron reports it (null once the frame has gone away). */
export interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * Binds every contract method to ipcMain, and nothing else. Each call is refused unless it comes from
 * the app's own top-level page (not an iframe, not a page navigated elsewhere); then dispatch parses
 * the payload with the method's schema. Pinned by ipc.test.ts with electron mocked.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedUrl: (url: string) => boolean,
  log: Logger
): void {
  for (const method of methodNames) {
    ipcMain.handle(
      channelOf(method),
      async (event: IpcMainInvokeEvent, payload: unknown): Promise<Reply<unknown>> => {
        const frame = event.senderFrame as SenderFrame | null
        if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
          log.warn(`refused ${method} from an untrusted frame`, frame?.url)
          return { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求。' } }
        }
        return dispatch(handlers, method, payload, log)
      }
    )
  }
}
