import type { GridApi } from 'ag-grid-community'
import type { ReactNode } from 'react'

/** Where a grid's React cell editors are drawn: portals inside the page's tree, so they keep its contexts. */
export interface PortalHost {
  show(element: HTMLElement, node: ReactNode): void
  hide(element: HTMLElement): void
}

/** Each PlainGrid's host, by the grid's api (which every editor is given). */
export const portalHosts = new WeakMap<GridApi, PortalHost>()
