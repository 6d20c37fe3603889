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

/** Sends every entry to each of the given loggers (e.g. the log file and the console). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    info: (m, d) => loggers.forEach((l) => l.info(m, d)),
    warn: (m, d) => loggers.forEach((l) => l.warn(m, d)),
    error: (m, d) => loggers.forEach((l) => l.error(m, d))
  }
}
