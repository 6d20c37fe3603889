import { describe, expect, it } from 'vitest'
import { fakeHandlers } from '../../test/fake-handlers'
import { channelOf, contract, methodNames } from '../shared/contract'
import { registerIpc } from './ipc'
import { silentLogger } from './system/logger'

const APP_URL = 'file:///C:/Program%20Files/CivDesk/resources/app.asar/out/renderer/index.html'

function setUp() {
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const ipcMain = {
    handle(channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) {
      if (registered.has(channel)) throw new Error(`registered twice: ${channel}`)
      registered.set(channel, listener)
    }
  }
  const handlers = fakeHandlers()
  registerIpc(ipcMain as never, handlers, (url) => url === APP_URL, silentLogger)
  const invoke = (method: string, payload: unknown, frame: unknown = { url: APP_URL, parent: null }) =>
    registered.get(channelOf(method as never))!({ senderFrame: frame }, payload)
  return { registered, handlers, invoke }
}

describe('the IPC door', () => {
  it('registers every contract method, once, on its own channel, and nothing else', () => {
    const { registered } = setUp()
    expect([...registered.keys()].sort()).toEqual(methodNames.map(channelOf).sort())
  })

  it('parses the payload with the method schema before the handler sees it', async () => {
    const { invoke, handlers } = setUp()
    const reply = await invoke('ledger.summary', { asOf: '2025-02-30' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect((reply as { error: { message: string } }).error.message).toContain('asOf')
    expect(handlers['ledger.summary']).not.toHaveBeenCalled()

    await expect(invoke('ledger.summary', { asOf: '2025-09-30', extra: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    await expect(invoke('ledger.summary', { asOf: '2025-09-30' })).resolves.toEqual({
      ok: true,
      value: { echo: { asOf: '2025-09-30' } }
    })
  })

  it.each([
    ['a page navigated elsewhere', { url: 'https://evil.example/', parent: null }],
    ['an iframe inside the app', { url: APP_URL, parent: { url: APP_URL } }],
    ['a frame that has gone away', null],
    ['a look-alike file path', { url: `${APP_URL}.evil.html`, parent: null }]
  ])('refuses %s', async (_label, frame) => {
    const { invoke, handlers } = setUp()
    await expect(invoke('task.list', { asOf: '2025-09-30' }, frame)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(handlers['task.list']).not.toHaveBeenCalled()
  })

  it('marks every method as a query or a mutation', () => {
    for (const method of methodNames) expect(['query', 'mutation']).toContain(contract[method].kind)
  })
})
