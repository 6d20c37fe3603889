import type { Migration } from './migration'

/**
 * 会议材料包 (issue 17, version 10): one row per pack written. The row is the pack's commit point: it is
 * inserted in the same transaction as the 简报 issue and the notices the pack registers, while the pack's
 * files still sit in a staging folder beside the target (`staging`). Moving them into place clears
 * `staging`; a pack whose row still names a staging folder was committed but interrupted before its files
 * were moved, and pack/pack-recovery.ts finishes the move. `options` keeps what the clerk chose, so the
 * next pack starts from it.
 */
export const meetingPack: Migration = {
  version: 10,
  name: 'meeting-pack',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_pack (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
        meeting_date TEXT NOT NULL CHECK (meeting_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        as_of TEXT NOT NULL CHECK (as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        snapshot_at TEXT NOT NULL,
        folder TEXT NOT NULL,
        staging TEXT,
        options TEXT NOT NULL CHECK (json_valid(options)),
        created_at TEXT NOT NULL
      ) STRICT;
    `)
  }
}
