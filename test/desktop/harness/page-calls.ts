import type { Page } from '@playwright/test'
import type { AppInfo, MethodName, Reply } from '../../../src/shared/contract'

/** A call made by the page itself through window.civdesk (what the renderer's IPC transport does). */
export function invokeFromPage<T>(
  page: Page,
  method: MethodName | string,
  payload: unknown
): Promise<Reply<T>> {
  return page.evaluate(
    ([m, p]) =>
      (window as unknown as { civdesk: { invoke(m: string, p: unknown): Promise<unknown> } }).civdesk.invoke(
        m,
        p
      ),
    [method, payload] as const
  ) as Promise<Reply<T>>
}

export async function valueFromPage<T>(page: Page, method: MethodName, payload: unknown): Promise<T> {
  const reply = await invokeFromPage<T>(page, method, payload)
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`)
  return reply.value
}

export const appInfo = (page: Page): Promise<AppInfo> => valueFromPage<AppInfo>(page, 'app.info', {})
