import type { Migration } from './migration'

/**
 * Import kinds are plug-ins (exchange/kinds/registry.ts, issue 12): a remembered mapping's kind is no
 * longer a fixed list in a CHECK, which would need a table rebuild for every new kind. The table is
 * rebuilt once with only the shape of a kind's name checked (the registry says which names exist);
 * every remembered mapping is kept as it was.
 */
export const importMappingKinds: Migration = {
  version: 5,
  name: 'import-mapping-kinds',
  up(db) {
    // Renamed first, so the new table is created under its own name (and the schema reads as written).
    db.exec(`
      ALTER TABLE import_mapping RENAME TO import_mapping_v3;
      CREATE TABLE import_mapping (
        signature TEXT PRIMARY KEY CHECK (length(signature) BETWEEN 1 AND 64),
        kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40 AND kind GLOB '[a-z]*' AND kind NOT GLOB '*[^a-z0-9-]*'),
        headers TEXT NOT NULL,
        fields TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO import_mapping (signature, kind, headers, fields, updated_at)
        SELECT signature, kind, headers, fields, updated_at FROM import_mapping_v3;
      DROP TABLE import_mapping_v3;
    `)
  }
}
