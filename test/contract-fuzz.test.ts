import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AppContext } from '../src/main/app-context'
import { createHandlers, type Handlers } from '../src/main/api/handlers'
import { openApp } from '../src/main/bootstrap'
import { registerIpc } from '../src/main/ipc'
import { Random } from '../src/main/sample/random'
import { loadSampleCity } from '../src/main/sample/sample-service'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { channelOf, contract, methodNames, type MethodName } from '../src/shared/contract'
import { deeplyNested, HOSTILE_NUMBERS, HOSTILE_STRINGS, hostileValue } from './hostile-payloads'
import { useSuiteTempDir } from './temp-dir'

/**
 * Issue 6, input: hostile payloads through the registration layer (ipc.ts → dispatch → schema → real
 * handlers on a real sample data file). Every payload must be answered with a well-formed Reply: the
 * invalid ones with 'invalid-input' and a Chinese message before any handler runs; nothing may crash,
 * leak a stack or pollute Object.prototype.
 */
const suiteDir = useSuiteTempDir()
const APP_URL = 'file:///C:/CivDesk/out/renderer/index.html'
let ctx: AppContext
let calls: { method: string }[]
let invoke: (
  method: MethodName,
  payload: unknown
) => Promise<{ ok: boolean; error?: { code: string; message: string } }>

beforeAll(async () => {
  const dir = suiteDir()
  ctx = await openApp({
    dataFile: join(dir, 'fuzz.db'),
    shell: 'cli',
    log: silentLogger,
    clock: fixedClock('2025-09-30T09:00:00+08:00'),
    backupDir: join(dir, 'backups')
  })
  loadSampleCity(ctx, 1)
  const real = createHandlers(ctx)
  calls = []
  const recording = Object.fromEntries(
    methodNames.map((m) => [
      m,
      (args: unknown) => (calls.push({ method: m }), (real[m] as (a: unknown) => unknown)(args))
    ])
  ) as unknown as Handlers
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  registerIpc(
    { handle: (channel: string, fn: never) => registered.set(channel, fn) } as never,
    recording,
    (url) => url === APP_URL,
    silentLogger
  )
  invoke = (method, payload) =>
    registered.get(channelOf(method))!({ senderFrame: { url: APP_URL, parent: null } }, payload) as never
})

afterAll(() => ctx.db.close())

/** Payloads that the method's own schema refuses, so each must come back as a validation error. */
function invalidPayloads(method: MethodName, rng: Random, count: number): unknown[] {
  const schema = contract[method].input as z.ZodType
  const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : []
  const candidates: unknown[] = [
    null,
    0,
    'x',
    [],
    true,
    deeplyNested(2000),
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__":{"polluted":1}}')
  ]
  for (const key of shape) {
    for (const value of [...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, null, [], {}, deeplyNested(50)])
      candidates.push({ [key]: value })
  }
  for (let i = 0; i < count * 3; i++) candidates.push(hostileValue(rng))
  for (let i = 0; i < count; i++)
    candidates.push({
      ...(hostileValue(rng) as object),
      [rng.pick(['zz', '$where', 'constructor'])]: hostileValue(rng)
    })
  return candidates.filter((p) => !schema.safeParse(p).success).slice(0, count)
}

describe('hostile payloads through the IPC registration layer', () => {
  it('every input schema is a strict object: unknown keys are refused, not ignored', () => {
    for (const method of methodNames) {
      const schema = contract[method].input as z.ZodType
      const base = schema instanceof z.ZodObject ? {} : undefined
      expect(schema instanceof z.ZodObject, `${method} takes an object`).toBe(true)
      expect(
        schema.safeParse({ ...base, '\u0000unknown': 1 }).success,
        `${method} refuses unknown keys`
      ).toBe(false)
    }
  })

  it('answers at least 1,000 hostile payloads, each with a Chinese validation error and no handler run', async () => {
    const rng = new Random('contract-fuzz')
    const perMethod = Math.max(40, Math.ceil(1200 / methodNames.length))
    let sent = 0
    for (const method of methodNames) {
      for (const payload of invalidPayloads(method, rng.fork(method), perMethod)) {
        const before = calls.length
        const reply = await invoke(method, payload)
        sent++
        expect(reply.ok, `${method} ${JSON.stringify(payload)?.slice(0, 120)}`).toBe(false)
        expect(reply.error!.code).toBe('invalid-input')
        expect(reply.error!.message).toMatch(/^输入有误：/)
        expect(reply.error!.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/)
        expect(reply.error!.message.length).toBeLessThan(2000)
        expect(calls.length).toBe(before)
      }
    }
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    console.log(
      `fuzz: ${sent} hostile payloads over ${methodNames.length} methods, all refused as invalid input`
    )
  })

  it('refuses calls to names outside the contract', async () => {
    const registeredNames = new Set(methodNames.map(channelOf))
    for (const name of ['db.exec', 'file.read', 'shell.openExternal', '__proto__', 'constructor']) {
      expect(registeredNames.has(`civdesk:${name}`)).toBe(false)
    }
  })
})
