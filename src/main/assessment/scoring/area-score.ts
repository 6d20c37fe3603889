import type { AreaLevelName, AssessmentComponent } from '../../../shared/contract/assessment'
import { round2 } from './rules'

export interface ScoringArea {
  id: number
  parentId: number | null
  level: AreaLevelName
  name: string
}

/** Something scored in an area: a point, or a 问卷 result of the area itself. */
export interface ScoredObject {
  areaId: number
  components: Record<string, number>
  vetoes: readonly string[]
}

export interface AreaTotals {
  areaId: number
  /** Component key → mean of the objects in the area and its sub-areas that have it, 2 decimals. */
  components: Record<string, number>
  total: number | null
  objects: number
  vetoes: string[]
}

/**
 * An area's component score is the mean over the objects in it and in its sub-areas that have the
 * component; its total is Σ(weight × component) / Σ(weights of the components it has). Means are taken on
 * unrounded point scores and rounded once, so a 区's figure does not depend on how its 镇(街) rounded.
 */
export function areaTotals(
  areas: readonly ScoringArea[],
  objects: readonly ScoredObject[],
  components: readonly AssessmentComponent[]
): Map<number, AreaTotals> {
  const parentOf = new Map(areas.map((a) => [a.id, a.parentId]))
  const acc = new Map<
    number,
    { sums: Map<string, { sum: number; n: number }>; objects: number; vetoes: Set<string> }
  >()
  const slot = (id: number) => {
    let a = acc.get(id)
    if (!a) acc.set(id, (a = { sums: new Map(), objects: 0, vetoes: new Set() }))
    return a
  }
  for (const o of objects) {
    // Walk up to the 区: every ancestor counts the object.
    for (
      let id: number | null | undefined = o.areaId;
      id !== null && id !== undefined;
      id = parentOf.get(id)
    ) {
      const a = slot(id)
      a.objects++
      for (const v of o.vetoes) a.vetoes.add(v)
      for (const [key, score] of Object.entries(o.components)) {
        const s = a.sums.get(key) ?? { sum: 0, n: 0 }
        s.sum += score
        s.n++
        a.sums.set(key, s)
      }
    }
  }
  const result = new Map<number, AreaTotals>()
  for (const [areaId, a] of acc) {
    const means: Record<string, number> = {}
    let weighted = 0
    let weights = 0
    for (const c of components) {
      const s = a.sums.get(c.key)
      if (!s || s.n === 0) continue
      const mean = s.sum / s.n
      means[c.key] = round2(mean)
      weighted += c.weight * mean
      weights += c.weight
    }
    result.set(areaId, {
      areaId,
      components: means,
      total: weights > 0 ? round2(weighted / weights) : null,
      objects: a.objects,
      vetoes: [...a.vetoes]
    })
  }
  return result
}
