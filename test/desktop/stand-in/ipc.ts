import type { Frame } from '@playwright/test'
import { AsyncLocalStorage } from 'node:async_hooks'

type InvokeHandler = (event: InvokeEvent, ...args: unknown[]) => unknown

/** What a handler receives: Electron's IpcMainInvokeEvent, with the sending frame as WebFrameMain shows it. */
export interface InvokeEvent {
  type: 'frame'
  sender: unknown
  senderFrame: FrameMain | null
  frameId: number
  processId: number
}

export interface FrameMain {
  url: string
  name: string
  origin: string
  parent: FrameMain | null
  top: FrameMain | null
  detached: boolean
}

/** The frame a bridged call came from, set by the page bridge for the duration of the call. */
export const callingFrame = new AsyncLocalStorage<{ frame: Frame; sender: unknown }>()

/** Electron's ipcMain for `handle`: one handler per channel, a second registration is an error. */
export class StandInIpcMain {
  private readonly handlers = new Map<string, InvokeHandler>()
  /** Every invoke that reached a handler, with its payload and the sending frame's URL, in order. */
  readonly invoked: { channel: string; payload: unknown; url: string }[] = []

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel)
      return handler(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  on(): this {
    return this
  }

  /** The channels registered so far (for the story that checks every contract method is reachable). */
  channels(): string[] {
    return [...this.handlers.keys()]
  }

  /**
   * ipcRenderer.invoke's other end: arguments and result are structured-cloned as Electron does, an
   * unknown channel and a throwing handler reject with Electron's own wording.
   */
  async dispatch(channel: string, args: unknown[], frame: Frame, sender: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`
      )
    this.invoked.push({ channel, payload: structuredClone(args[0]), url: frame.url() })
    const event: InvokeEvent = {
      type: 'frame',
      sender,
      senderFrame: frame.isDetached() ? null : frameMain(frame),
      frameId: 1,
      processId: 1
    }
    try {
      return structuredClone(await handler(event, ...structuredClone(args)))
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error })
    }
  }
}

function frameMain(frame: Frame): FrameMain {
  const parentFrame = frame.parentFrame()
  const url = frame.url()
  let origin = 'null'
  try {
    origin = new URL(url).origin
  } catch {
    // about:blank and the like have no origin
  }
  const me: FrameMain = {
    url,
    name: frame.name(),
    origin,
    parent: parentFrame ? frameMain(parentFrame) : null,
    top: null,
    detached: frame.isDetached()
  }
  let top: FrameMain = me
  while (top.parent) top = top.parent
  me.top = top
  return me
}

/**
 * The preload's ipcRenderer. Only `invoke` reaches the main process here (CivDesk uses nothing else);
 * the sending frame is the one the page bridge is serving, so the main side sees the page's real URL.
 */
export function standInIpcRenderer(ipcMain: StandInIpcMain): object {
  return Object.freeze({
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const calling = callingFrame.getStore()
      if (!calling) return Promise.reject(new Error('ipcRenderer.invoke outside a page call (stand-in)'))
      return ipcMain.dispatch(channel, args, calling.frame, calling.sender)
    },
    send(channel: string) {
      throw new Error(
        `ipcRenderer.send('${channel}') is not implemented by the stand-in: CivDesk uses invoke only`
      )
    },
    on() {
      return this
    },
    removeListener() {
      return this
    },
    removeAllListeners() {
      return this
    }
  })
}
