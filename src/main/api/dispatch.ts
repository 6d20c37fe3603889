import type { z } from 'zod'
import { contract, isMethodName, type Reply } from '../../shared/contract'
import { GENERIC_FAILURE_MESSAGE, UserError } from '../../shared/errors'
import '../../shared/zod-locale'
import type { Logger } from '../system/logger'
import type { Handlers } from './handlers'

/**
 * The one door every call comes through, from IPC and from the local web mode alike: the method must be
 * in the contract, the payload must parse with its schema, and whatever goes wrong comes back as a
 * Reply: a UserError keeps its Chinese message, anything else is logged and replaced by a generic one.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  payload: unknown,
  log: Logger
): Promise<Reply<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: '无法识别的操作请求。' } }
  }
  const parsed = contract[method].input.safeParse(payload === undefined ? {} : payload)
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: describeIssues(parsed.error),
        details: parsed.error.issues.map(simplifyIssue)
      }
    }
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.toPayload() }
    log.error(`${method} failed`, error)
    return { ok: false, error: { code: 'internal', message: GENERIC_FAILURE_MESSAGE } }
  }
}

/** "输入有误：deadline：日期应为…" — the field path and the reason, in Chinese, at most five issues. */
export function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}：` : ''
    return `${where}${issue.message}`
  })
  const more = error.issues.length > 5 ? `（另有${error.issues.length - 5}处）` : ''
  return `输入有误：${lines.join('；')}${more}`
}

function simplifyIssue(issue: z.core.$ZodIssue): { path: (string | number)[]; message: string } {
  return { path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message }
}
