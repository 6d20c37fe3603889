import type { ImportKindInfo } from '../../../shared/contract/exchange'
import { UserError } from '../../../shared/errors'
import { assessmentImport } from './assessments/assessment-kind'
import type { ImportKind, PlannedRow } from './import-kind'
import { taskImport } from './tasks/task-kind'
import { villageImport } from './villages/village-kind'

/**
 * The import kinds CivDesk reads, in the order the wizard and `import --kind auto` consider them (on a
 * tie, the first wins). Adding a kind: its folder under kinds/ and one line here.
 */
const BUILT_IN = {
  tasks: taskImport,
  villages: villageImport,
  assessments: assessmentImport
}

export type BuiltInKindName = keyof typeof BUILT_IN
/** The planned rows of a built-in kind, for callers (tests, the CLI) that know which kind they read. */
export type PlannedRowOf<K extends BuiltInKindName> =
  (typeof BUILT_IN)[K] extends ImportKind<infer Row> ? Row : never

const kinds = new Map<string, ImportKind>(Object.entries(BUILT_IN))

/** The names a kind may have: they are stored in remembered mappings and sent by the wizard. */
const KIND_NAME = /^[a-z][a-z0-9-]{0,39}$/

/**
 * Adds a kind while the process runs (a test's throwaway kind). The name must be new and well formed,
 * and the kind's required fields must be among its fields, so the pipeline can rely on both.
 */
export function registerImportKind<Row extends PlannedRow>(kind: ImportKind<Row>): () => void {
  const name = kind.info.kind
  if (!KIND_NAME.test(name)) throw new Error(`Import kind name "${name}" must match ${KIND_NAME}`)
  if (kinds.has(name)) throw new Error(`Import kind "${name}" is registered twice`)
  const fields = new Set(kind.info.fields.map((f) => f.field))
  const stray = Object.keys(kind.headerWords).filter((f) => !fields.has(f))
  if (stray.length > 0) throw new Error(`Import kind "${name}" has header words for unknown fields ${stray}`)
  kinds.set(name, kind)
  return () => kinds.delete(name)
}

/** Every kind, in registration order. */
export function importKinds(): ImportKind[] {
  return [...kinds.values()]
}

/** The kind of that name; an unknown name is refused with the kinds there are. */
export function importKindNamed(name: string): ImportKind {
  const kind = kinds.get(name)
  if (kind) return kind
  const known = importKinds()
    .map((k) => `${k.info.kind}（${k.info.title}）`)
    .join('、')
  throw new UserError('invalid-input', `没有“${name}”这种导入类型，可导入的有：${known}`)
}

/** exchange.kinds: what each kind reads, for the wizard and the CLI. */
export function importKindInfos(): ImportKindInfo[] {
  return importKinds().map((k) => k.info)
}
