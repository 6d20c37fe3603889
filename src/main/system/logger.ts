/** Where the main process reports what the clerk should never see (stacks, internal failures). */
export interface Logger {
  info(message: string, detail?: unknown): void
  warn(message: string, detail?: unknown): void
  error(message: string, detail?: unknown): void
}

export const consoleLogger: Logger = {
  info: (message, detail) => console.error(`[info] ${message}`, detail ?? ''),
  warn: (message, detail) => console.error(`[warn] ${message}`, detail ?? ''),
  error: (message, detail) => console.error(`[error] ${message}`, detail ?? '')
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
