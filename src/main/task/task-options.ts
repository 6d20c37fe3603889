import type { TaskFormOptions } from '../../shared/contract'
import { PHASE_KEYS, PHASE_LABEL } from '../../shared/domain'
import type { AppContext } from '../app-context'
import { select, selectValue } from '../store/typed-query'

/** What the task dialogs and the ledger's editors offer: units, group headings, areas, phases. */
export function taskFormOptions(ctx: AppContext): TaskFormOptions {
  const db = ctx.db
  const units = select<TaskFormOptions['units'][number]>(
    db,
    'SELECT id, name FROM unit WHERE deleted_at IS NULL ORDER BY sort_order, name'
  ).all()
  const groups = selectValue<string>(
    db,
    `SELECT group_name FROM task WHERE deleted_at IS NULL AND group_name <> ''
        GROUP BY group_name ORDER BY min(sort_order), group_name`
  ).all()
  const areas = select<TaskFormOptions['areas'][number]>(
    db,
    `SELECT a.id, a.level, CASE WHEN a.level = 'district' THEN a.name ELSE d.name || ' / ' || a.name END AS label
         FROM area a LEFT JOIN area d ON d.id = a.parent_id
        WHERE a.level = 'district' OR (a.level = 'town' AND d.level = 'district')
        ORDER BY CASE WHEN a.level = 'district' THEN a.sort_order ELSE d.sort_order END,
                 CASE WHEN a.level = 'district' THEN a.id ELSE d.id END,
                 CASE WHEN a.level = 'district' THEN 0 ELSE 1 END, a.sort_order, a.name`
  ).all()
  const phases = select<TaskFormOptions['phases'][number]>(
    db,
    `SELECT key, name, year FROM phase WHERE plan_id = (SELECT id FROM plan ORDER BY id LIMIT 1) ORDER BY year`
  ).all()
  // A file without a plan yet gets the plan's three phases with the first task (plan.ts).
  const offered =
    phases.length > 0 ? phases : PHASE_KEYS.map((key, i) => ({ key, name: PHASE_LABEL[key], year: 2023 + i }))
  return { units, groups, areas, phases: offered }
}
