import type { Migration } from './migration'

const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

/**
 * Reporting rounds (填报轮次, issue 15):
 * - round: what was asked, as of which 统计截止日期, by when; round_unit and round_item fix, when the
 *   round opens, who is asked about what (with the item as it stood then: code, title, deadline, light,
 *   last progress), so a return always answers a known question even after the ledger changed;
 * - round_return: every return received (收取, not yet decided) and every decision on one (采纳 or 退回), with the returned file's checksum, the day it
 *   arrived and the problems or reasons. One return is accepted once: a unique index on the accepted
 *   checksum per unit makes a second window's accept fail inside its transaction;
 * - round_reminder: the 催报通知 issued for units still missing, numbered in the reminder series of the
 *   发文登记 (their seq continues the notice table's 'reminder' numbers of the year; the notice table's
 *   CHECKs tie that series to a cited notice, which a 催报 has not, and SQLite cannot loosen a CHECK in place);
 * - progress_report gains round_id / round_return_id (where an accepted row came from), evidence
 *   (佐证材料说明) and highlight (亮点做法). New rows only: accepting never overwrites the history.
 */
export const reportingRounds: Migration = {
  version: 8,
  name: 'reporting-rounds',
  up(db) {
    db.exec(`
      CREATE TABLE round (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        as_of TEXT NOT NULL CHECK (as_of ${DATE}),
        opened_on TEXT NOT NULL CHECK (opened_on ${DATE}),
        due TEXT NOT NULL CHECK (due ${DATE}),
        item_kinds TEXT NOT NULL CHECK (json_valid(item_kinds)),
        role TEXT NOT NULL CHECK (role IN ('lead', 'also-support')),
        contact TEXT NOT NULL DEFAULT '',
        files_written_at TEXT,
        created_at TEXT NOT NULL,
        CHECK (due >= opened_on)
      ) STRICT;

      CREATE TABLE round_unit (
        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        unit_name TEXT NOT NULL CHECK (length(unit_name) BETWEEN 1 AND 60),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        PRIMARY KEY (round_id, unit_id)
      ) STRICT;

      CREATE TABLE round_item (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('task', 'milestone', 'village-item')),
        task_id INTEGER REFERENCES task(id) ON DELETE SET NULL,
        milestone_id INTEGER REFERENCES milestone(id) ON DELETE SET NULL,
        village_item_id INTEGER REFERENCES village_item(id) ON DELETE SET NULL,
        role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        code TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 600),
        start_date TEXT CHECK (start_date IS NULL OR start_date ${DATE}),
        deadline TEXT CHECK (deadline IS NULL OR deadline ${DATE}),
        light_label TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done')),
        percent INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
        last_progress TEXT NOT NULL DEFAULT '',
        UNIQUE (round_id, unit_id, seq),
        CHECK (kind = 'task' OR task_id IS NULL),
        CHECK (kind = 'milestone' OR milestone_id IS NULL),
        CHECK (kind = 'village-item' OR village_item_id IS NULL)
      ) STRICT;
      CREATE INDEX round_item_unit ON round_item (unit_id);
      CREATE INDEX round_item_task ON round_item (task_id);
      CREATE INDEX round_item_milestone ON round_item (milestone_id);
      CREATE INDEX round_item_village_item ON round_item (village_item_id);

      CREATE TABLE round_return (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        file_name TEXT NOT NULL DEFAULT '',
        checksum TEXT CHECK (checksum IS NULL OR length(checksum) = 64),
        received_at TEXT NOT NULL CHECK (received_at ${DATE}),
        outcome TEXT NOT NULL CHECK (outcome IN ('received', 'accepted', 'returned')),
        problems TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(problems)),
        reason TEXT NOT NULL DEFAULT '',
        accepted_items INTEGER NOT NULL DEFAULT 0 CHECK (accepted_items >= 0),
        reporter TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        FOREIGN KEY (round_id, unit_id) REFERENCES round_unit(round_id, unit_id),
        CHECK (outcome = 'returned' OR checksum IS NOT NULL)
      ) STRICT;
      CREATE INDEX round_return_unit ON round_return (round_id, unit_id);
      CREATE UNIQUE INDEX round_return_accepted_once ON round_return (round_id, unit_id, checksum)
        WHERE outcome = 'accepted';
      CREATE UNIQUE INDEX round_return_received_once ON round_return (round_id, unit_id, checksum)
        WHERE outcome = 'received';

      CREATE TABLE round_reminder (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
        unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        unit_name TEXT NOT NULL CHECK (length(unit_name) BETWEEN 1 AND 60),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 60),
        issued_on TEXT NOT NULL CHECK (issued_on ${DATE}),
        as_of TEXT NOT NULL CHECK (as_of ${DATE}),
        created_at TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX round_reminder_round ON round_reminder (round_id);

      ALTER TABLE progress_report ADD COLUMN round_id INTEGER REFERENCES round(id);
      ALTER TABLE progress_report ADD COLUMN round_return_id INTEGER REFERENCES round_return(id);
      ALTER TABLE progress_report ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
      ALTER TABLE progress_report ADD COLUMN highlight TEXT NOT NULL DEFAULT '';
      CREATE INDEX progress_report_round ON progress_report (round_id);
    `)
  }
}
