import type { Migration } from './migration'

const DATE = "GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"

/**
 * 常态长效测评 (issue 16). Version 9: 8 is left to the reporting rounds of issue 10, built alongside.
 * - assessment_scheme: a 测评体系 per year and version, its component weights, 红黑榜/约谈 rule and the
 *   反复出现 multiplier; is_sample marks the template of domain.md §6 (never "the city's" scheme);
 * - assessment_node: the tree Ⅰ 测评项目 → Ⅱ 指标 → Ⅲ 测评内容; a Ⅲ carries its method, object, 分值,
 *   rule (JSON) and component; a version used by a scored round is frozen by the service (a new version);
 * - assessment_round: a quarter, scored with the version it was opened under;
 * - assessment_point: a sampled place in the area tree, kept across rounds so a problem found again at
 *   the same point is recognised (反复出现); assessment_round_point: the points a round visited and on
 *   which components (a point with no problem still scores);
 * - assessment_finding: what was found per point and 测评内容 (a score, a deduction, 符合/不符合 or a
 *   measured value), with the workbook cell it came from;
 * - assessment_survey: 问卷 per area (sample size, satisfaction rate);
 * - assessment_problem and its events: 交办 → 整改中 → 申请销号 → 复核 (销号 / 退回), every step kept;
 * - assessment_bulletin: the 测评通报 issued per round, numbered per year.
 */
export const assessment: Migration = {
  version: 9,
  name: 'assessment',
  up(db) {
    db.exec(`
      CREATE TABLE assessment_scheme (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        components TEXT NOT NULL CHECK (json_valid(components)),
        boards TEXT NOT NULL CHECK (json_valid(boards)),
        repeat_multiplier REAL NOT NULL DEFAULT 2 CHECK (repeat_multiplier >= 1),
        created_at TEXT NOT NULL,
        UNIQUE (year, version)
      ) STRICT;

      CREATE TABLE assessment_node (
        id INTEGER PRIMARY KEY,
        scheme_id INTEGER NOT NULL REFERENCES assessment_scheme(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES assessment_node(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        standard TEXT NOT NULL DEFAULT '',
        method TEXT,
        object_type TEXT,
        component TEXT,
        max_score REAL CHECK (max_score IS NULL OR max_score > 0),
        rule TEXT CHECK (rule IS NULL OR json_valid(rule)),
        veto INTEGER NOT NULL DEFAULT 0 CHECK (veto IN (0, 1)),
        UNIQUE (scheme_id, code),
        CHECK ((level = 1) = (parent_id IS NULL)),
        CHECK (level < 3 OR (max_score IS NOT NULL AND rule IS NOT NULL AND component IS NOT NULL))
      ) STRICT;
      CREATE INDEX assessment_node_parent ON assessment_node (parent_id);

      CREATE TABLE assessment_round (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 40),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        scheme_id INTEGER NOT NULL REFERENCES assessment_scheme(id),
        opened_on TEXT NOT NULL CHECK (opened_on ${DATE}),
        created_at TEXT NOT NULL,
        UNIQUE (year, quarter)
      ) STRICT;
      CREATE INDEX assessment_round_scheme ON assessment_round (scheme_id);

      CREATE TABLE assessment_point (
        id INTEGER PRIMARY KEY,
        area_id INTEGER NOT NULL REFERENCES area(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 30),
        UNIQUE (area_id, name)
      ) STRICT;

      CREATE TABLE assessment_round_point (
        round_id INTEGER NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE,
        point_id INTEGER NOT NULL REFERENCES assessment_point(id),
        components TEXT NOT NULL CHECK (json_valid(components)),
        PRIMARY KEY (round_id, point_id)
      ) STRICT;
      CREATE INDEX assessment_round_point_point ON assessment_round_point (point_id);

      CREATE TABLE assessment_finding (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE,
        point_id INTEGER NOT NULL REFERENCES assessment_point(id),
        criterion_id INTEGER NOT NULL REFERENCES assessment_node(id),
        source TEXT NOT NULL CHECK (source IN ('import', 'entry')),
        passed INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
        deduction REAL CHECK (deduction IS NULL OR deduction >= 0),
        score REAL CHECK (score IS NULL OR score >= 0),
        value REAL,
        description TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        photos TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(photos)),
        found_by TEXT NOT NULL DEFAULT '',
        found_on TEXT CHECK (found_on IS NULL OR found_on ${DATE}),
        is_repeat INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)),
        origin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessment_finding_round ON assessment_finding (round_id, point_id);
      CREATE INDEX assessment_finding_point ON assessment_finding (point_id, criterion_id);
      CREATE INDEX assessment_finding_criterion ON assessment_finding (criterion_id);

      CREATE TABLE assessment_survey (
        round_id INTEGER NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE,
        area_id INTEGER NOT NULL REFERENCES area(id),
        component TEXT NOT NULL CHECK (length(component) BETWEEN 1 AND 30),
        samples INTEGER NOT NULL CHECK (samples >= 1),
        rate REAL NOT NULL CHECK (rate BETWEEN 0 AND 100),
        PRIMARY KEY (round_id, area_id, component)
      ) STRICT;
      CREATE INDEX assessment_survey_area ON assessment_survey (area_id);

      CREATE TABLE assessment_problem (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL UNIQUE REFERENCES assessment_finding(id) ON DELETE CASCADE,
        unit_id INTEGER REFERENCES unit(id),
        assigned_on TEXT CHECK (assigned_on IS NULL OR assigned_on ${DATE}),
        deadline TEXT CHECK (deadline IS NULL OR deadline ${DATE}),
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rectifying', 'requested', 'closed')),
        rectification TEXT NOT NULL DEFAULT '',
        closed_on TEXT CHECK (closed_on IS NULL OR closed_on ${DATE}),
        updated_at TEXT NOT NULL,
        CHECK ((state = 'pending') = (unit_id IS NULL)),
        CHECK ((state = 'closed') = (closed_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX assessment_problem_unit ON assessment_problem (unit_id);

      CREATE TABLE assessment_problem_event (
        id INTEGER PRIMARY KEY,
        problem_id INTEGER NOT NULL REFERENCES assessment_problem(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        on_date TEXT NOT NULL CHECK (on_date ${DATE}),
        action TEXT NOT NULL CHECK (action IN ('found', 'assign', 'request', 'approve', 'return')),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX assessment_problem_event_problem ON assessment_problem_event (problem_id);

      CREATE TABLE assessment_bulletin (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES assessment_round(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 60),
        issued_on TEXT NOT NULL CHECK (issued_on ${DATE}),
        as_of TEXT NOT NULL CHECK (as_of ${DATE}),
        created_at TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX assessment_bulletin_round ON assessment_bulletin (round_id);
    `)
  }
}
