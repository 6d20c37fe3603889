import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community'
import type { TaskRow } from '../../../shared/contract'
import type { LightInfo } from '../../../shared/domain'
import { LIGHT_COLORS } from '../styles/theme'

/**
 * The ledger's drawn-in-every-row cells as plain DOM, not React: a filter redraws hundreds of cells at
 * once, and a React root per cell made 600 tasks answer a keystroke in 150 ms instead of well under 100.
 */
export abstract class PlainCell implements ICellRendererComp<TaskRow> {
  readonly root = document.createElement('div')
  init(params: ICellRendererParams<TaskRow>): void {
    this.draw(params)
  }
  getGui(): HTMLElement {
    return this.root
  }
  refresh(params: ICellRendererParams<TaskRow>): boolean {
    this.draw(params)
    return true
  }
  abstract draw(params: ICellRendererParams<TaskRow>): void
}

/** The light in colour and words (as components/LightTag.tsx draws it elsewhere). */
export function lightColor(info: LightInfo): string {
  return info.light ? LIGHT_COLORS[info.light] : info.outcome === 'late' ? '#8d6e63' : LIGHT_COLORS.done
}

export class LightCell extends PlainCell {
  draw(params: ICellRendererParams<TaskRow>): void {
    const info = params.data?.light
    this.root.replaceChildren()
    if (!info) return
    const tag = document.createElement('span')
    const color = lightColor(info)
    tag.className = 'ledger-light'
    tag.dataset.light = info.light ?? info.outcome ?? ''
    tag.style.color = color
    tag.style.background = `${color}14`
    tag.style.borderColor = `${color}55`
    tag.textContent = info.label
    if (info.provisional) tag.append(provisionalMark())
    this.root.append(tag)
  }
}

export const PROVISIONAL_TITLE =
  '按法定节假日预估：所跨年份尚无国务院办公厅放假安排，公布后在“设置 → 工作日历”导入即重新计算'

/** The 估 after a count that runs into a provisional year (LightTag draws the same in React). */
function provisionalMark(): HTMLElement {
  const mark = document.createElement('sup')
  mark.className = 'provisional-mark'
  mark.textContent = '估'
  mark.title = PROVISIONAL_TITLE
  mark.dataset.provisional = 'true'
  return mark
}

/** A merged heading: a bold title, with a grey second line (the phase's year) when given. */
export function headingCell(lines: (task: TaskRow) => [string, string?]) {
  return class HeadingCell extends PlainCell {
    draw(params: ICellRendererParams<TaskRow>): void {
      this.root.className = 'ledger-heading'
      this.root.replaceChildren()
      if (!params.data) return
      const [title, sub] = lines(params.data)
      const strong = document.createElement('span')
      strong.className = 'ledger-heading-group ledger-heading-title'
      strong.textContent = title
      this.root.append(strong)
      if (sub) {
        const small = document.createElement('span')
        small.className = 'ledger-heading-phase'
        small.textContent = sub
        this.root.append(small)
      }
    }
  }
}

/** 填报 and 详情 at the end of every row. */
export function actionsCell(actions: { onReport(task: TaskRow): void; onDetail(task: TaskRow): void }) {
  return class ActionsCell extends PlainCell {
    draw(params: ICellRendererParams<TaskRow>): void {
      this.root.className = 'ledger-actions'
      this.root.replaceChildren()
      const task = params.data
      if (!task) return
      for (const [label, run] of [
        ['填报', () => actions.onReport(task)],
        ['详情', () => actions.onDetail(task)]
      ] as const) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'ledger-action'
        // Reached from the cell (Enter, then Tab/←/→: actions-keys.ts), not as 120 stops of the page's Tab.
        button.tabIndex = -1
        button.textContent = label
        button.addEventListener('click', run)
        this.root.append(button)
      }
    }
  }
}
