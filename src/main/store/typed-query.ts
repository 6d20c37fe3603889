import type { Database, Statement } from 'better-sqlite3'

/**
 * Typed reads. better-sqlite3 returns `unknown` rows; somebody has to say what a query's rows look like,
 * and that is said here, once per query, with the row type next to the SQL, instead of an `as` after
 * every `.all()` / `.get()` in the services. The row types come from store/rows.ts (`Row<'task'>`,
 * `Pick`, `CamelRow`), so a record's shape is declared once. This is an assertion, not a check: SQLite
 * does not describe a query's result types, and the schema test (rows.test.ts) keeps rows.ts honest
 * against the tables.
 */
export interface TypedQuery<Result, Params extends unknown[]> {
  /** Every row. */
  all(...params: Params): Result[]
  /** The first row, or undefined when there is none. */
  get(...params: Params): Result | undefined
  /** The first row of a query that always has one (an aggregate, a row known to exist); throws if none. */
  one(...params: Params): Result
  /** The rows one at a time, for large results. */
  iterate(...params: Params): IterableIterator<Result>
}

type BindParameters = unknown[]

function typed<Result, Params extends unknown[]>(statement: Statement): TypedQuery<Result, Params> {
  return {
    all: (...params) => statement.all(...params) as Result[],
    get: (...params) => statement.get(...params) as Result | undefined,
    one: (...params) => {
      const result = statement.get(...params)
      if (result === undefined) throw new Error(`The query returned no row: ${statement.source}`)
      return result as Result
    },
    iterate: (...params) => statement.iterate(...params) as IterableIterator<Result>
  }
}

/** A query whose rows are objects of type Row (one property per selected column). */
export function select<Row, Params extends unknown[] = BindParameters>(
  db: Database,
  sql: string
): TypedQuery<Row, Params> {
  return typed<Row, Params>(db.prepare(sql))
}

/** A query of one column, each row's value alone (better-sqlite3's pluck): `SELECT count(*) …`. */
export function selectValue<Value, Params extends unknown[] = BindParameters>(
  db: Database,
  sql: string
): TypedQuery<Value, Params> {
  return typed<Value, Params>(db.prepare(sql).pluck())
}

/**
 * A query whose rows come back as arrays, one value per column in the SELECT's order (better-sqlite3's
 * raw): for tens of thousands of rows several times faster than named objects.
 */
export function selectTuples<Tuple extends unknown[], Params extends unknown[] = BindParameters>(
  db: Database,
  sql: string
): TypedQuery<Tuple, Params> {
  return typed<Tuple, Params>(db.prepare(sql).raw())
}
