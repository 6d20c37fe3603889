import type { Migration } from './migration'

/**
 * Which years of the working-day calendar are official (from the State Council's notice, shipped with
 * CivDesk or imported by the clerk); every other year is provisional, counted from the law (issue 14).
 * The shipped 2023–2026 are official. A year a clerk imported before this step holds its notice's
 * holidays (20 days or more; when it was imported is in the audit log); a year that only holds the tail of a neighbour's 元旦 (2022-12-31) or a
 * day set by hand does not, so the 15-day bar tells the two apart.
 */
export const calendarYears: Migration = {
  version: 6,
  name: 'calendar-years',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_year (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
        source TEXT NOT NULL CHECK (source IN ('shipped', 'imported'))
      ) STRICT;
      INSERT INTO calendar_year (year, source)
        SELECT year, CASE WHEN year BETWEEN 2023 AND 2026 THEN 'shipped' ELSE 'imported' END
        FROM (
          SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year FROM calendar_day WHERE kind = 'holiday'
          GROUP BY 1 HAVING count(*) >= 15
          UNION SELECT 2023 UNION SELECT 2024 UNION SELECT 2025 UNION SELECT 2026
        );
    `)
  }
}
