import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/**
 * How the web mode stops without waiting on the browser. Node's `server.close()` waits for every open
 * socket, and Chromium opens sockets ahead of any request (preconnect): a socket that never carries a
 * request is ended only by Node's 60-second headers timeout, so stopping the web mode took a minute now
 * and then. A socket with a request under way keeps it until that answer is sent; every other socket is
 * closed at once, and a busy one as soon as its answer is done.
 *
 * Call before the server listens; returns the close function.
 */
export function promptClose(server: Server): () => Promise<void> {
  const open = new Set<Socket>()
  const busy = new Set<Socket>()
  let closing = false
  server.on('connection', (socket: Socket) => {
    open.add(socket)
    socket.once('close', () => {
      open.delete(socket)
      busy.delete(socket)
    })
  })
  server.on('request', (req, res) => {
    const socket = req.socket
    busy.add(socket)
    res.once('close', () => {
      busy.delete(socket)
      if (closing) socket.destroy()
    })
  })
  return () =>
    new Promise((done) => {
      closing = true
      server.close(() => done())
      for (const socket of open) if (!busy.has(socket)) socket.destroy()
    })
}
