import type { MethodName, Reply } from '../../../shared/contract'

/** How a call reaches the main process: IPC in the desktop window, HTTP in the local web mode. */
export type Transport = (method: MethodName, payload: unknown) => Promise<Reply<unknown>>

export function pickTransport(): Transport {
  const bridge = window.civdesk
  if (bridge) return (method, payload) => bridge.invoke(method, payload)
  return httpTransport()
}

/**
 * The web mode's token comes in the URL it prints (?token=…); it is kept for this tab's session, so a
 * reload keeps working, and sent with every call in a header no other site can set.
 */
export function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem('civdesk-token', fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem('civdesk-token') ?? ''
}

function httpTransport(): Transport {
  return async (method, payload) => {
    const token = webToken()
    let response: Response
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CivDesk-Token': token },
        body: JSON.stringify(payload ?? {})
      })
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: '无法连接到文明办工作台服务，请确认它仍在运行。' }
      }
    }
    if (!response.ok) {
      return {
        ok: false,
        error: { code: 'forbidden', message: `请求被拒绝（${response.status}）：${await response.text()}` }
      }
    }
    return (await response.json()) as Reply<unknown>
  }
}
