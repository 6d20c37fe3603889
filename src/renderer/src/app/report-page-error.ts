import { call } from '../api/client'

/** Sends a renderer failure to the main process's log file; the page shows its own Chinese message. */
export function reportPageError(where: string, error: unknown, extra?: string): void {
  const message = error instanceof Error ? error.message : String(error)
  const stack = [error instanceof Error ? error.stack : undefined, extra]
    .filter(Boolean)
    .join('\n')
    .slice(0, 8000)
  call('app.reportError', {
    where: where.slice(0, 200),
    message: message.slice(0, 2000),
    ...(stack ? { stack } : {})
  }).catch(() => {
    // Nowhere left to report to: the page already shows its message.
  })
}
