import { z } from 'zod'
import type { IsoDate } from '../civil-date'
import { type AreaLevel } from '../domain'
import { isoDate } from '../schemas'
import { query } from './define'

/** The 区—镇(街)—村—组 area tree with its rollups. */

export interface AreaCounts {
  /** Urban villages at or under the node. */
  villages: number
  /** Applicable village items of live catalog items. */
  items: number
  done: number
  red: number
  yellow: number
  green: number
}

export interface AreaTreeNode {
  id: number
  parentId: number | null
  level: AreaLevel
  name: string
  isUrbanVillage: boolean
  counts: AreaCounts
}

export interface AreaTree {
  asOf: IsoDate
  /** Nodes holding at least one urban village, parents before children, in the office's order. */
  nodes: AreaTreeNode[]
  /** The whole city: equals summary's villages and village items. */
  city: AreaCounts
}

export const areaContract = {
  'area.tree': query<AreaTree>()(z.object({ asOf: isoDate }).strict())
}
