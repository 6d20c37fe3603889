import type { GridApi, ICellEditorComp, ICellEditorParams } from 'ag-grid-community'
import type { ReactNode } from 'react'
import { portalHosts, type PortalHost } from './portal-hosts'

/**
 * What a React cell editor is given: the grid's editor params, the value it started from, the value as
 * edited so far, and the callback that changes it (the shape ag-grid-react gives its editors, so an
 * editor written for either reads the same).
 */
export interface CellEditorProps<TData, TValue> extends ICellEditorParams<TData, TValue> {
  initialValue: TValue | null | undefined
  value: TValue | null | undefined
  onValueChange(value: TValue | null | undefined): void
}

/**
 * A React cell editor as a grid editor class for PlainGrid: drawn through the grid's portals, so it sees
 * the page's query client and antd's settings.
 */
export function reactCellEditor<TData, TValue>(
  Editor: (props: CellEditorProps<TData, TValue>) => ReactNode
): new () => ICellEditorComp<TData> {
  return class ReactCellEditor implements ICellEditorComp<TData> {
    private readonly root = document.createElement('div')
    private params!: ICellEditorParams<TData, TValue>
    private value: TValue | null | undefined
    private host: PortalHost | undefined

    init(params: ICellEditorParams<TData, TValue>): void {
      this.params = params
      this.value = params.value
      this.host = portalHosts.get(params.api as GridApi)
      this.draw()
    }

    private draw(): void {
      this.host?.show(
        this.root,
        <Editor
          {...this.params}
          initialValue={this.params.value}
          value={this.value}
          onValueChange={(value) => {
            this.value = value
            this.draw()
          }}
        />
      )
    }

    getGui(): HTMLElement {
      return this.root
    }

    getValue(): TValue | null | undefined {
      return this.value
    }

    destroy(): void {
      this.host?.hide(this.root)
    }
  }
}
