import type { Migration } from './migration'

const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

/**
 * What the documents of issue 5 must remember (src/main/documents/):
 * - briefing_issue: each issued 工作简报, numbered per year (第N期), with the figures it printed, so the
 *   next issue can state 本期变化 and rank ↑↓ against it even after the ledger has been edited since;
 * - notice: the 发文登记 register of 督办通知 and 催办通知 (one series per kind, numbered per year), with
 *   the reply deadline and the date the unit replied; a 催办通知 cites the notice it chases;
 * - notice_item: the items each notice listed, as printed (事项, 村/任务, 原定时限, 逾期工作日, 督办次数),
 *   linked to the village item or task while it exists. A register is an official record: deleting a
 *   ledger row keeps the line, only the link is cleared.
 */
export const documentsRegister: Migration = {
  version: 4,
  name: 'documents-register',
  up(db) {
    db.exec(`
      CREATE TABLE briefing_issue (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        issue_no INTEGER NOT NULL CHECK (issue_no BETWEEN 1 AND 999),
        as_of TEXT NOT NULL CHECK (as_of ${DATE}),
        issued_on TEXT NOT NULL CHECK (issued_on ${DATE}),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        figures TEXT NOT NULL CHECK (json_valid(figures)),
        problems TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, issue_no)
      ) STRICT;

      CREATE TABLE notice (
        id INTEGER PRIMARY KEY,
        series TEXT NOT NULL CHECK (series IN ('supervision', 'reminder')),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 60),
        issued_on TEXT NOT NULL CHECK (issued_on ${DATE}),
        as_of TEXT NOT NULL CHECK (as_of ${DATE}),
        unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
        unit_name TEXT NOT NULL CHECK (length(unit_name) BETWEEN 1 AND 60),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        reply_due TEXT NOT NULL CHECK (reply_due ${DATE}),
        replied_on TEXT CHECK (replied_on IS NULL OR replied_on ${DATE}),
        cites_notice_id INTEGER REFERENCES notice(id),
        created_at TEXT NOT NULL,
        UNIQUE (series, year, seq),
        CHECK ((series = 'reminder') = (cites_notice_id IS NOT NULL)),
        CHECK (reply_due >= issued_on)
      ) STRICT;
      CREATE INDEX notice_unit ON notice (unit_id);
      CREATE INDEX notice_cites ON notice (cites_notice_id);

      CREATE TABLE notice_item (
        notice_id INTEGER NOT NULL REFERENCES notice(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('village-item', 'task')),
        village_item_id INTEGER REFERENCES village_item(id) ON DELETE SET NULL,
        task_id INTEGER REFERENCES task(id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        place TEXT NOT NULL,
        deadline TEXT CHECK (deadline IS NULL OR deadline ${DATE}),
        status_label TEXT NOT NULL,
        supervision_count INTEGER NOT NULL CHECK (supervision_count >= 1),
        PRIMARY KEY (notice_id, seq),
        CHECK (kind = 'village-item' OR village_item_id IS NULL),
        CHECK (kind = 'task' OR task_id IS NULL)
      ) STRICT;
      CREATE INDEX notice_item_village_item ON notice_item (village_item_id);
      CREATE INDEX notice_item_task ON notice_item (task_id);
    `)
  }
}
