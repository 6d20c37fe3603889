/**
 * The sample city's only source of chance: mulberry32 seeded from a text label. Math.random and the
 * clock are never used, so two generations are byte-identical on any machine, and a test can compare
 * whole table dumps.
 *
 * Each part of the generator forks its own stream by label: adding a draw to the progress reports then
 * leaves the areas and the deadlines untouched.
 */
export class Random {
  private state: number

  constructor(readonly seed: string) {
    this.state = hashText(seed)
  }

  /** A new, independent stream for one job, e.g. `rng.fork('tasks')`. */
  fork(label: string): Random {
    return new Random(`${this.seed}/${label}`)
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`empty range ${min}..${max}`)
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]
  }

  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice()
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const held = copy[i]
      copy[i] = copy[j]
      copy[j] = held
    }
    return copy
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count)
  }

  /** One value chosen with the given (not necessarily normalised) weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of entries) total += weight
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries[entries.length - 1][0]
  }
}

/** FNV-1a over UTF-16 code units: a stable 32-bit seed from any label. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
