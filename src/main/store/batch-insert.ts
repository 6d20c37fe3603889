import type { Database, Statement } from 'better-sqlite3'

/**
 * Rows per multi-row INSERT. At tens of thousands of rows (a large import writes 20,000 tasks, 60,000
 * task units and 20,000 audit rows) one statement per row spends much of its time crossing from
 * JavaScript into SQLite and back; 64 rows per statement cuts that to a small share, while keeping every
 * statement well under SQLite's limit of 32,766 parameters even for wide tables.
 */
const ROWS_PER_STATEMENT = 64

// Prepared once per connection, table, column list and row count.
const statements = new WeakMap<Database, Map<string, Statement>>()

/**
 * Collects rows for one table and inserts them with multi-row INSERTs. The values are kept in one flat
 * list (row after row, one value per column) rather than a list per row: an import adds 100,000 rows.
 */
export class RowBatch {
  private readonly values: unknown[] = []

  constructor(
    private readonly table: string,
    private readonly columns: readonly string[]
  ) {}

  /** Adds one row: one value per column, in the order of the columns. */
  add(...row: unknown[]): void {
    if (row.length !== this.columns.length) {
      throw new Error(`${this.table}: ${row.length} values for ${this.columns.length} columns`)
    }
    for (const value of row) this.values.push(value)
  }

  get size(): number {
    return this.values.length / this.columns.length
  }

  /**
   * Inserts every row added, in the order added (so ids SQLite assigns follow it), and empties the batch.
   * Runs inside the caller's transaction, if any.
   */
  insert(db: Database): void {
    const width = this.columns.length
    const rows = this.size
    const full = Math.floor(rows / ROWS_PER_STATEMENT) * ROWS_PER_STATEMENT
    if (full > 0) {
      const statement = insertStatement(db, this.table, this.columns, ROWS_PER_STATEMENT)
      for (let start = 0; start < full; start += ROWS_PER_STATEMENT) {
        statement.run(this.values.slice(start * width, (start + ROWS_PER_STATEMENT) * width))
      }
    }
    if (full < rows) {
      const statement = insertStatement(db, this.table, this.columns, 1)
      for (let row = full; row < rows; row++) statement.run(this.values.slice(row * width, (row + 1) * width))
    }
    this.values.length = 0
  }
}

function insertStatement(
  db: Database,
  table: string,
  columns: readonly string[],
  rowCount: number
): Statement {
  let cache = statements.get(db)
  if (!cache) {
    cache = new Map()
    statements.set(db, cache)
  }
  const key = `${table}(${columns.join(',')})×${rowCount}`
  let statement = cache.get(key)
  if (!statement) {
    const tuple = `(${columns.map(() => '?').join(', ')})`
    statement = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rowCount }, () => tuple).join(', ')}`
    )
    cache.set(key, statement)
  }
  return statement
}
