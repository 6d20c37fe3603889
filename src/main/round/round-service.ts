import type { IsoDate } from '../../shared/civil-date'
import type { AcceptResult, CollectPreview, ReturnChange, ReturnProblem } from '../../shared/contract/round'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { acceptReturn } from './round-accept'
import { checkReturn, markDuplicates, type CheckedReturn } from './round-collect'
import { readRound } from './round-queries'
import { filesOfChosenFile, filesOfFolder, readSource, type ReturnFile } from './return-sources'

/** A chosen input: a file or a folder, with the handle the page holds for it (empty in the CLI). */
export interface CollectInput {
  path: string
  ref: string
  folder: boolean
}

/** Reads and checks every workbook of the chosen files, .zip files and folders; writes nothing. */
export async function collectReturns(
  ctx: AppContext,
  roundId: number,
  inputs: readonly CollectInput[],
  asOf: IsoDate
): Promise<{ preview: CollectPreview; checked: CheckedReturn[] }> {
  readRound(ctx.db, roundId)
  const checked: CheckedReturn[] = []
  for (const input of inputs) {
    let files: ReturnFile[]
    try {
      files = input.folder ? await filesOfFolder(input.path) : await filesOfChosenFile(input.path)
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      checked.push({
        check: {
          source: { ref: input.ref },
          name: input.path.split(/[\\/]/).pop() ?? input.path,
          checksum: '0'.repeat(64),
          roundId: null,
          unitId: null,
          unit: null,
          verdict: 'refused',
          changes: [],
          emptyRows: 0,
          problems: [{ sheet: null, row: null, column: null, message: error.message }],
          duplicate: null,
          alreadyAccepted: false
        },
        rows: [],
        modified: null
      })
      continue
    }
    for (const file of files) {
      const c = await checkReturn(ctx, roundId, file, asOf)
      c.check.source = { ref: input.ref, ...(file.entry === undefined ? {} : { entry: file.entry }) }
      checked.push(c)
    }
  }
  markDuplicates(ctx, roundId, checked)
  return { preview: { roundId, files: checked.map((c) => c.check) }, checked }
}

/** What `round collect` did with one checked file. */
export interface CollectOutcome {
  file: string
  unit: string | null
  outcome: 'accepted' | 'refused'
  changes: ReturnChange[]
  problems: ReturnProblem[]
}

/**
 * `round collect` after the check: accepts every sound file whole and refuses every file with a problem
 * (with `dryRun`, says which it would accept and writes nothing). Each file is accepted in its own
 * transaction (acceptReturn), one after the other: a crash leaves the returns before it applied whole and
 * the rest untouched. A file refused at its accept (accepted meanwhile elsewhere) keeps that problem.
 */
export function acceptSoundReturns(
  ctx: AppContext,
  roundId: number,
  checked: readonly CheckedReturn[],
  asOf: IsoDate,
  dryRun = false
): CollectOutcome[] {
  return checked.map((c) => {
    let outcome: CollectOutcome['outcome'] = c.check.verdict === 'ok' ? 'accepted' : 'refused'
    let problems = c.check.problems
    if (outcome === 'accepted' && !dryRun) {
      try {
        acceptReturn(ctx, roundId, c, undefined, asOf)
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        outcome = 'refused'
        problems = [...problems, { sheet: null, row: null, column: null, message: error.message }]
      }
    }
    return { file: c.check.name, unit: c.check.unit, outcome, changes: c.check.changes, problems }
  })
}

/**
 * 采纳 a file checked before: read again, refused if its bytes changed since (the checksum the page
 * holds), checked again, then applied (round-accept.ts).
 */
export async function acceptChecked(
  ctx: AppContext,
  roundId: number,
  path: string,
  entry: string | undefined,
  checksum: string,
  itemIds: readonly number[] | undefined,
  asOf: IsoDate
): Promise<AcceptResult> {
  const file = await readSource(path, entry)
  const checked = await checkReturn(ctx, roundId, file, asOf)
  if (checked.check.checksum !== checksum) {
    throw new UserError('conflict', `“${file.name}”在检查之后被修改过，请重新检查后再采纳`)
  }
  return acceptReturn(ctx, roundId, checked, itemIds, asOf)
}

export async function checkOne(
  ctx: AppContext,
  roundId: number,
  path: string,
  entry: string | undefined,
  asOf: IsoDate
) {
  return checkReturn(ctx, roundId, await readSource(path, entry), asOf)
}
