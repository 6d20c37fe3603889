import type { Migration } from './migration'

const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

/**
 * Problem replies through a reporting round (issue 16, version 12). A round can ask each unit about the
 * 测评问题 handed to it (整改情况), so:
 * - round_item gains kind 'problem' and problem_id (the 测评问题 asked about);
 * - assessment_problem_event gains action 'progress' (a unit's 整改进展 that did not yet ask for 销号)
 *   and round_return_id (the accepted 填报表 a 申请销号 or a progress came from, so each step of a
 *   problem's life can be traced to the file the unit sent).
 * SQLite cannot widen a CHECK in place, so both tables are rebuilt with their rows and indexes; nothing
 * references either table, so the rebuild does not touch any other table.
 */
export const roundProblems: Migration = {
  version: 12,
  name: 'round-problems',
  up(db) {
    db.exec(`
      CREATE TABLE round_item_new (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('task', 'milestone', 'village-item', 'problem')),
        task_id INTEGER REFERENCES task(id) ON DELETE SET NULL,
        milestone_id INTEGER REFERENCES milestone(id) ON DELETE SET NULL,
        village_item_id INTEGER REFERENCES village_item(id) ON DELETE SET NULL,
        problem_id INTEGER REFERENCES assessment_problem(id) ON DELETE SET NULL,
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
        CHECK (kind = 'village-item' OR village_item_id IS NULL),
        CHECK (kind = 'problem' OR problem_id IS NULL)
      ) STRICT;
      INSERT INTO round_item_new (id, round_id, unit_id, seq, kind, task_id, milestone_id, village_item_id, role,
          code, title, start_date, deadline, light_label, status, percent, last_progress)
        SELECT id, round_id, unit_id, seq, kind, task_id, milestone_id, village_item_id, role,
          code, title, start_date, deadline, light_label, status, percent, last_progress FROM round_item;
      DROP TABLE round_item;
      ALTER TABLE round_item_new RENAME TO round_item;
      CREATE INDEX round_item_unit ON round_item (unit_id);
      CREATE INDEX round_item_task ON round_item (task_id);
      CREATE INDEX round_item_milestone ON round_item (milestone_id);
      CREATE INDEX round_item_village_item ON round_item (village_item_id);
      CREATE INDEX round_item_problem ON round_item (problem_id);

      CREATE TABLE assessment_problem_event_new (
        id INTEGER PRIMARY KEY,
        problem_id INTEGER NOT NULL REFERENCES assessment_problem(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        on_date TEXT NOT NULL CHECK (on_date ${DATE}),
        action TEXT NOT NULL CHECK (action IN ('found', 'assign', 'progress', 'request', 'approve', 'return')),
        note TEXT NOT NULL DEFAULT '',
        round_return_id INTEGER REFERENCES round_return(id)
      ) STRICT;
      INSERT INTO assessment_problem_event_new (id, problem_id, at, on_date, action, note)
        SELECT id, problem_id, at, on_date, action, note FROM assessment_problem_event;
      DROP TABLE assessment_problem_event;
      ALTER TABLE assessment_problem_event_new RENAME TO assessment_problem_event;
      CREATE INDEX assessment_problem_event_problem ON assessment_problem_event (problem_id);
      CREATE INDEX assessment_problem_event_return ON assessment_problem_event (round_return_id);
    `)
  }
}
