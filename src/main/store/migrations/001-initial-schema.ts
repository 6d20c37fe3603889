import type { Migration } from './migration'

/**
 * The first schema of CivDesk: areas, units, the plan with its phases and tasks, the "10+(5)+1"
 * governance item catalog, village items, milestones, progress reports, the working-day calendar,
 * settings and the audit log.
 *
 * Every table is STRICT. Calendar dates are TEXT 'YYYY-MM-DD' (checked by GLOB so that a JS Date or
 * a timestamp can never slip in); timestamps are ISO-8601 with offset.
 */
const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE area (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES area(id),
        level TEXT NOT NULL CHECK (level IN ('district', 'town', 'village', 'group')),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        is_urban_village INTEGER NOT NULL DEFAULT 0 CHECK (is_urban_village IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0,
        CHECK ((level = 'district') = (parent_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX area_name_in_parent ON area (ifnull(parent_id, 0), name);
      CREATE INDEX area_parent ON area (parent_id);

      CREATE TABLE unit (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 60),
        kind TEXT NOT NULL DEFAULT 'department'
          CHECK (kind IN ('department', 'district-government', 'town-government', 'enterprise', 'other')),
        sort_order INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE unit_alias (
        alias TEXT PRIMARY KEY CHECK (length(alias) BETWEEN 1 AND 60),
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX unit_alias_unit ON unit_alias (unit_id);

      CREATE TABLE plan (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        motto TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL CHECK (start_date ${DATE}),
        end_date TEXT NOT NULL CHECK (end_date ${DATE})
      ) STRICT;

      CREATE TABLE phase (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (key IN ('pilot', 'push', 'full-coverage')),
        name TEXT NOT NULL,
        year INTEGER NOT NULL,
        start_date TEXT NOT NULL CHECK (start_date ${DATE}),
        end_date TEXT NOT NULL CHECK (end_date ${DATE}),
        UNIQUE (plan_id, key)
      ) STRICT;

      CREATE TABLE task (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id),
        phase_id INTEGER REFERENCES phase(id),
        code TEXT CHECK (code IS NULL OR length(code) BETWEEN 1 AND 20),
        group_name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        measures TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        area_id INTEGER REFERENCES area(id),
        start_date TEXT CHECK (start_date IS NULL OR start_date ${DATE}),
        deadline TEXT CHECK (deadline IS NULL OR deadline ${DATE}),
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done')),
        percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        completed_date TEXT CHECK (completed_date IS NULL OR completed_date ${DATE}),
        note TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (status = 'done' OR completed_date IS NULL)
      ) STRICT;
      CREATE UNIQUE INDEX task_code_in_plan ON task (plan_id, code) WHERE code IS NOT NULL AND deleted_at IS NULL;
      CREATE INDEX task_deadline ON task (deadline);

      CREATE TABLE task_unit (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES unit(id),
        role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
        sort_order INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (task_id, role, unit_id)
      ) STRICT;
      CREATE INDEX task_unit_unit ON task_unit (unit_id);

      CREATE TABLE governance_item (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('basic', 'upgrade', 'long-term')),
        sort_order INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        standard TEXT NOT NULL DEFAULT '',
        default_unit_id INTEGER REFERENCES unit(id),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX governance_item_name ON governance_item (name) WHERE deleted_at IS NULL;

      CREATE TABLE village_item (
        id INTEGER PRIMARY KEY,
        village_id INTEGER NOT NULL REFERENCES area(id),
        item_id INTEGER NOT NULL REFERENCES governance_item(id),
        applicable INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
        responsible_unit_id INTEGER REFERENCES unit(id),
        deadline TEXT CHECK (deadline IS NULL OR deadline ${DATE}),
        status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done')),
        percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        completed_date TEXT CHECK (completed_date IS NULL OR completed_date ${DATE}),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (village_id, item_id),
        CHECK (status = 'done' OR completed_date IS NULL)
      ) STRICT;
      CREATE INDEX village_item_item ON village_item (item_id);
      CREATE INDEX village_item_unit ON village_item (responsible_unit_id);

      CREATE TABLE milestone (
        id INTEGER PRIMARY KEY,
        task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
        village_item_id INTEGER REFERENCES village_item(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        deadline TEXT NOT NULL CHECK (deadline ${DATE}),
        duration_workdays INTEGER CHECK (duration_workdays IS NULL OR duration_workdays >= 0),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        completed_date TEXT CHECK (completed_date IS NULL OR completed_date ${DATE}),
        CHECK ((task_id IS NULL) <> (village_item_id IS NULL)),
        CHECK (status = 'done' OR completed_date IS NULL)
      ) STRICT;
      CREATE INDEX milestone_task ON milestone (task_id, seq);
      CREATE INDEX milestone_village_item ON milestone (village_item_id, seq);

      CREATE TABLE progress_report (
        id INTEGER PRIMARY KEY,
        task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
        village_item_id INTEGER REFERENCES village_item(id) ON DELETE CASCADE,
        report_date TEXT NOT NULL CHECK (report_date ${DATE}),
        text TEXT NOT NULL,
        percent INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
        problems TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK ((task_id IS NULL) <> (village_item_id IS NULL))
      ) STRICT;
      CREATE INDEX progress_report_task ON progress_report (task_id, report_date);
      CREATE INDEX progress_report_village_item ON progress_report (village_item_id, report_date);

      CREATE TABLE calendar_day (
        date TEXT PRIMARY KEY CHECK (date ${DATE}),
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        action TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
    `)
  }
}
