import { EventEmitter } from 'node:events'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { electronEvent } from './events'

/**
 * Electron's `app` as CivDesk uses it: paths under one temporary folder, `whenReady`, the single-instance
 * lock (held per userData folder, as Electron holds it), `quit` with Electron's order of events, and the
 * command-line switches. The harness decides when the app becomes ready (after loading the main bundle).
 */
export interface AppOptions {
  userData: string
  argv: readonly string[]
  isPackaged: boolean
  version: string
  /** Closes every window of this app; provided by the BrowserWindow stand-in. */
  closeAllWindows(): Promise<void>
}

/** Which app holds the single-instance lock of a userData folder (the machine-wide part of the lock). */
const lockHolders = new Map<string, StandInApp>()

export class StandInApp extends EventEmitter {
  readonly isPackaged: boolean
  readonly commandLine = new CommandLine()
  /** Resolved with the exit code once the app has quit (the end of the "process"). */
  readonly exited: Promise<number>
  private markExited!: (code: number) => void
  private markReady!: () => void
  private readonly ready: Promise<void>
  private isReadyFlag = false
  private quitting = false
  private hasExited = false
  private readonly paths: Record<string, string>

  constructor(private readonly options: AppOptions) {
    super()
    this.isPackaged = options.isPackaged
    this.ready = new Promise((resolve) => (this.markReady = resolve))
    this.exited = new Promise((resolve) => (this.markExited = resolve))
    const home = join(options.userData, '..', 'home')
    this.paths = {
      userData: options.userData,
      appData: join(options.userData, '..'),
      home,
      documents: join(home, 'Documents'),
      desktop: join(home, 'Desktop'),
      downloads: join(home, 'Downloads'),
      temp: join(options.userData, '..', 'temp'),
      logs: join(options.userData, 'logs'),
      exe: process.execPath
    }
    for (const dir of [options.userData, this.paths.documents, this.paths.temp])
      mkdirSync(dir, { recursive: true })
  }

  /** Called by the harness once the main bundle has been loaded, as Electron does after startup. */
  becomeReady(): void {
    this.emit('will-finish-launching')
    this.isReadyFlag = true
    this.emit('ready', electronEvent(), {})
    this.markReady()
  }

  whenReady(): Promise<void> {
    return this.ready
  }

  isReady(): boolean {
    return this.isReadyFlag
  }

  getPath(name: string): string {
    const path = this.paths[name]
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  }

  setPath(name: string, path: string): void {
    this.paths[name] = path
  }

  getVersion(): string {
    return this.options.version
  }

  getName(): string {
    return 'civdesk'
  }

  getLocale(): string {
    return this.commandLine.getSwitchValue('lang') || 'en-US'
  }

  /**
   * Electron's lock is per userData folder: the first app gets it; a later one gets false, and the
   * holder receives 'second-instance' with the later one's command line.
   */
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const key = this.options.userData
    const holder = lockHolders.get(key)
    if (holder && holder !== this && !holder.hasExited) {
      const argv = [...this.options.argv]
      setImmediate(() => holder.emit('second-instance', electronEvent(), argv, process.cwd(), additionalData))
      return false
    }
    lockHolders.set(key, this)
    return true
  }

  hasSingleInstanceLock(): boolean {
    return lockHolders.get(this.options.userData) === this
  }

  releaseSingleInstanceLock(): void {
    if (this.hasSingleInstanceLock()) lockHolders.delete(this.options.userData)
  }

  /**
   * Electron's order: before-quit, every window closed (without 'window-all-closed'), will-quit, quit;
   * a handler that prevents before-quit or will-quit cancels the quit.
   */
  quit(): void {
    if (this.quitting || this.hasExited) return
    this.quitting = true
    setImmediate(() => void this.runQuit())
  }

  exit(code = 0): void {
    this.finish(code)
  }

  get isQuitting(): boolean {
    return this.quitting
  }

  private async runQuit(): Promise<void> {
    const before = electronEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return void (this.quitting = false)
    await this.options.closeAllWindows()
    const will = electronEvent()
    this.emit('will-quit', will)
    if (will.defaultPrevented) return void (this.quitting = false)
    this.emit('quit', electronEvent(), 0)
    this.finish(0)
  }

  private finish(code: number): void {
    if (this.hasExited) return
    this.hasExited = true
    this.releaseSingleInstanceLock()
    this.markExited(code)
  }
}

class CommandLine {
  private readonly switches = new Map<string, string>()
  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, value)
  }
  appendArgument(): void {}
  hasSwitch(name: string): boolean {
    return this.switches.has(name)
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? ''
  }
  removeSwitch(name: string): void {
    this.switches.delete(name)
  }
}
