import type { Locator, Page } from '@playwright/test'

export interface AreaRollup {
  villages: number
  items: number
  done: number
  red: number
  yellow: number
}

/** The 区—镇(街)—村(居)—村民小组 tree with its rollup counts, on 治理事项 and 进度计划. */
export class AreaTree {
  readonly root: Locator
  readonly search: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('area-tree')
    this.search = this.root.getByLabel('查找区域')
  }

  node(name: string): Locator {
    return this.root.locator(`[data-area-name="${name}"]`)
  }

  async choose(name: string): Promise<void> {
    await this.node(name).click()
  }

  /** Opens the node's children (only open nodes are on the page). */
  async expand(name: string): Promise<void> {
    await this.root.getByRole('button', { name: `展开 ${name}`, exact: true }).click()
  }

  /** Finds a node anywhere in the tree by name, opening the nodes above it. */
  async find(name: string): Promise<void> {
    await this.search.fill(name)
    await this.node(name).waitFor()
  }

  async rollup(name: string): Promise<AreaRollup> {
    const counts = this.node(name).getByTestId('area-counts')
    const read = async (key: keyof AreaRollup) => Number(await counts.getAttribute(`data-${key}`))
    return {
      villages: await read('villages'),
      items: await read('items'),
      done: await read('done'),
      red: await read('red'),
      yellow: await read('yellow')
    }
  }

  /** The names of the nodes directly under a node (open on the page), in order. */
  async childrenOf(name: string): Promise<string[]> {
    const shown = await this.root.getByRole('treeitem').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('[data-area-name]')!.getAttribute('data-area-name')!,
        depth: Number(item.getAttribute('aria-level'))
      }))
    )
    const at = shown.findIndex((n) => n.name === name)
    const children: string[] = []
    for (const node of shown.slice(at + 1)) {
      if (node.depth <= shown[at].depth) break
      if (node.depth === shown[at].depth + 1) children.push(node.name)
    }
    return children
  }
}
