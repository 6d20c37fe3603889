import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local web server that only counts who reached it: the hardening stories expect nobody. */
export async function countingServer(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.setHeader('Access-Control-Allow-Origin', '*')
    response.end('<p>outside</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}
