import type { Random } from '../src/main/sample/random'

/** Strings that have broken other programs: paths, injections, control and odd Unicode, sheer size. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  'C:\\Windows\\win.ini',
  '\u0000',
  "'; DROP TABLE task; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '\u202e\u202d反转',
  '\ud800',
  '𠀀𪚥😀',
  '2025-02-30',
  '2025-9-30',
  '9999-99-99',
  'NaN',
  'x'.repeat(70_000),
  '新垵村'.repeat(5000)
]

export const HOSTILE_NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER * 4,
  101,
  -101
]

/** One random value of any JSON shape, hostile where it can be. */
export function hostileValue(rng: Random, depth = 0): unknown {
  switch (rng.int(0, depth > 3 ? 4 : 7)) {
    case 0:
      return rng.pick(HOSTILE_STRINGS)
    case 1:
      return rng.pick(HOSTILE_NUMBERS)
    case 2:
      return rng.chance(0.5)
    case 3:
      return null
    case 4:
      return rng.pick([[], {}, [null], { length: 1e9 }])
    case 5:
      return Array.from({ length: rng.int(1, 4) }, () => hostileValue(rng, depth + 1))
    case 6:
      return JSON.parse(
        JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } })
      )
    default: {
      const object: Record<string, unknown> = {}
      for (let i = rng.int(1, 4); i > 0; i--)
        object[rng.pick(['id', 'ids', 'asOf', 'ref', 'name', 'title', 'value', '$where', 'x'])] =
          hostileValue(rng, depth + 1)
      return object
    }
  }
}

/** A nesting depth that overflows naive recursive code. */
export function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}
