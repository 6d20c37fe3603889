import type { FormInstance } from 'antd'
import type { z } from 'zod'
import { ApiError } from '../api/client'

export interface FieldProblem {
  /** The form field the problem belongs to, or null for the dialog as a whole. */
  field: string | null
  message: string
}

/**
 * The problems of a failed save, field by field: the contract's schema messages already name the field
 * in Chinese, so each is shown under its own input; anything else is shown for the whole dialog.
 */
export function problemsOf(error: unknown, fields: readonly string[]): FieldProblem[] {
  if (error instanceof ApiError && error.code === 'invalid-input' && Array.isArray(error.details)) {
    const problems = (error.details as { path?: unknown[]; message?: string }[]).map((d) => {
      const path = Array.isArray(d.path) ? d.path.map(String) : []
      const field = path.find((p) => fields.includes(p)) ?? null
      return { field, message: d.message ?? error.message }
    })
    if (problems.length > 0) return problems
  }
  return [{ field: null, message: error instanceof Error ? error.message : String(error) }]
}

/** Checks the values with the same schema the main process will apply, before anything is sent. */
export function schemaProblems(
  schema: z.ZodType,
  values: unknown,
  fields: readonly string[]
): FieldProblem[] {
  const parsed = schema.safeParse(values)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).find((p) => fields.includes(p)) ?? null,
    message: issue.message
  }))
}

/** Puts field problems under their inputs; returns the message for the dialog's own alert, if any. */
export function showProblems(form: FormInstance, problems: FieldProblem[]): string | null {
  const byField = new Map<string, string[]>()
  const general: string[] = []
  for (const p of problems) {
    if (p.field === null) general.push(p.message)
    else byField.set(p.field, [...(byField.get(p.field) ?? []), p.message])
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })))
  return general.length > 0 ? general.join('；') : null
}
