import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contractParts, methodNames } from '../src/shared/contract'

/**
 * Issue 12: a method's name says where it lives. `task.update` is declared in contract/task.ts, answered in
 * api/task-handlers.ts and, where it needs more than the handler, served from src/main/task/. A newcomer
 * looking for a method, or adding one, never has to search.
 */
const root = join(__dirname, '..')
const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
const prefixOf = (method: string): string => method.slice(0, method.indexOf('.'))

describe('contract layout', () => {
  it('declares each method in the contract part named by its prefix', () => {
    const misplaced = Object.entries(contractParts).flatMap(([part, methods]) =>
      Object.keys(methods)
        .filter((m) => prefixOf(m) !== part)
        .map((m) => `${m} in ${part}`)
    )
    expect(misplaced).toEqual([])
    expect(new Set(methodNames.map(prefixOf))).toEqual(new Set(Object.keys(contractParts)))
  })

  it.each(Object.keys(contractParts))(
    'part %s: contract file, handler file and service folder agree',
    (part) => {
      const name = kebab(part)
      const contractFile = join(root, 'src/shared/contract', `${name}.ts`)
      expect(readFileSync(contractFile, 'utf8')).toContain(`export const ${part}Contract = {`)
      const handlerFile = join(root, 'src/main/api', `${name}-handlers.ts`)
      const handlers = readFileSync(handlerFile, 'utf8')
      // Derived from the part itself, never a hand-written list of method names.
      expect(handlers).toContain(`HandlerGroup<typeof ${part}Contract>`)
      // The services the handlers call come from the part's own folder, or from no folder at all (app.*,
      // whose handlers answer from the app context).
      const serviceFolders = [...handlers.matchAll(/from '\.\.\/([a-z-]+)\/[^']+'/g)].map((m) => m[1])
      if (existsSync(join(root, 'src/main', name))) expect(serviceFolders).toContain(name)
      else expect(part).toBe('app')
    }
  )

  it('has no handler or contract file without a part', () => {
    const parts = new Set(Object.keys(contractParts).map(kebab))
    const handlerFiles = readdirSync(join(root, 'src/main/api'))
      .filter((f) => f.endsWith('-handlers.ts'))
      .map((f) => f.replace(/-handlers\.ts$/, ''))
    expect(handlerFiles.filter((f) => !parts.has(f))).toEqual([])
  })
})
