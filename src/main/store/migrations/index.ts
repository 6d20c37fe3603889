import type { Migration } from './migration'
import { initialSchema } from './001-initial-schema'
import { seedWorkCalendar } from './002-seed-work-calendar'
import { importMappings } from './003-import-mappings'
import { documentsRegister } from './004-documents'
import { importMappingKinds } from './005-import-mapping-kinds'
import { calendarYears } from './006-calendar-years'
import { fileIdentity } from './007-file-identity'
import { reportingRounds } from './008-reporting-rounds'
import { assessment } from './009-assessment'
import { meetingPack } from './010-meeting-pack'
import { roundNoticeNumber } from './011-round-notice-number'
import { roundProblems } from './012-round-problems'

/**
 * Every schema step CivDesk has ever shipped, oldest first. Append only: a shipped migration is never
 * edited or removed, because clerks' files were upgraded by it (see migrations.test.ts).
 */
export const migrations: readonly Migration[] = [
  initialSchema,
  seedWorkCalendar,
  importMappings,
  documentsRegister,
  importMappingKinds,
  calendarYears,
  fileIdentity,
  reportingRounds,
  assessment,
  meetingPack,
  roundNoticeNumber,
  roundProblems
]

export const latestSchemaVersion = migrations[migrations.length - 1].version
