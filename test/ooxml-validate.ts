import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** The ECMA-376 transitional schema check, kept in the repository (from shared/ooxml) so CI needs no outside folder. */
const VALIDATOR = join(__dirname, 'ooxml', 'validate.sh')

/**
 * The validator's verdict on a .docx or .xlsx: "ok", or its last error line (the run does not throw, so a
 * test shows what Word or Excel would refuse). Needs xmllint (libxml2-utils).
 */
export function ooxmlVerdict(path: string): string {
  try {
    return execFileSync(VALIDATOR, [path], { encoding: 'utf8' }).trim().split('\n').pop()!
  } catch (error) {
    const out = error as { stdout?: string; stderr?: string }
    return `${out.stdout ?? ''}${out.stderr ?? ''}`.trim().split('\n').pop() ?? String(error)
  }
}
