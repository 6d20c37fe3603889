import type { Migration } from './migration'

/**
 * The column mappings a clerk corrected in the import wizard, keyed by the signature of the sheet's
 * headers, so the next ledger with the same headers is read the same way (issue 4, exchange/mapping-store.ts).
 */
export const importMappings: Migration = {
  version: 3,
  name: 'import-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_mapping (
        signature TEXT PRIMARY KEY CHECK (length(signature) BETWEEN 1 AND 64),
        kind TEXT NOT NULL CHECK (kind IN ('tasks', 'villages')),
        headers TEXT NOT NULL,
        fields TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  }
}
