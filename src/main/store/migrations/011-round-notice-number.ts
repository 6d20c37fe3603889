import type { Migration } from './migration'

/**
 * The 填报通知's 发文字号 (issue 15, version 11): a reporting round's notice is a document of the office
 * like the 督办通知, numbered in the office's own series 机关代字〔年〕N号 (示例文明办〔2025〕3号). One row per
 * round, written with the files; writing them again keeps the number (within the same year). UNIQUE
 * (year, seq) is what stops two windows from giving two rounds the same number.
 */
export const roundNoticeNumber: Migration = {
  version: 11,
  name: 'round-notice-number',
  up(db) {
    db.exec(`
      CREATE TABLE round_notice (
        round_id INTEGER PRIMARY KEY REFERENCES round(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2199),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 60),
        issued_on TEXT NOT NULL CHECK (issued_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        created_at TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
    `)
  }
}
