import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Issue 12: the source files import each other without circles, type-only imports included (a circle of
 * types today is a circle of values after the next refactor, and it hides which module owns a name).
 */
const root = join(__dirname, '..')
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap((match) => {
    const base = resolve(dirname(file), match[1])
    const found = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile())
    return found ? [found] : []
  })
}

/** Strongly connected components with more than one file (Tarjan), each as root-relative paths. */
function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const stack: string[] = []
  const onStack = new Set<string>()
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const cycles: string[][] = []
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(relative(root, w))
    } while (w !== v)
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return cycles
}

describe('import graph', () => {
  it('finds a circle when there is one', () => {
    const graph = new Map([
      [join(root, 'a.ts'), [join(root, 'b.ts')]],
      [join(root, 'b.ts'), [join(root, 'a.ts')]],
      [join(root, 'c.ts'), [join(root, 'a.ts')]]
    ])
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts']])
  })

  it.each(['src/main', 'src/renderer', 'src/shared', 'src/preload'])('%s has no import circles', (dir) => {
    const graph = new Map(sourceFiles(join(root, dir)).map((f) => [f, importsOf(f)]))
    expect(graph.size).toBeGreaterThan(1)
    expect(importCycles(graph)).toEqual([])
  })
})
