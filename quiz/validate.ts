import type { Problem } from './kinds/kind'
import type { Bank, Question, QuestionKind, QuestionOf } from './types'
import * as v from 'valibot'
import { describeValue, isRecord, printable } from './guards'
import { isQuestionKind, kindOf, QUESTION_KINDS } from './kinds'
import { QuestionBaseSchema } from './schema'

/** One problem in a bank: which question, which field, and what is wrong. */
export interface ValidationIssue {
  /** The question's id, or `#n` (its 1-based position) when it has no usable id, or `(bank)`. */
  readonly id: string
  /** The field, as a path: `options[2].text`. */
  readonly field: string
  /** What is wrong, in a few words. */
  readonly message: string
}

/** A valid bank, or every problem found in it. */
export type ValidationResult
  = | { readonly ok: true, readonly value: Bank }
    | { readonly ok: false, readonly issues: readonly ValidationIssue[] }

const NAME = /^[\w$-]{1,40}$/

/** One step of a field's path: `[2]`, `.text`, or `["odd key"]` for a key that is not a name. */
function step(key: unknown, first: boolean): string {
  if (typeof key === 'number')
    return `[${key}]`
  const name = String(key)
  return NAME.test(name) ? `${first ? '' : '.'}${name}` : `[${describeValue(name)}]`
}

/** A valibot issue's path as the field it names: `options[2].text`; `(question)` for the question itself. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? []
  return path.length === 0 ? '(question)' : path.map(({ key }, i) => step(key, i === 0)).join('')
}

/** What is wrong with one question, and the question as parsed when nothing is. */
interface Checked {
  readonly problems: readonly Problem[]
  readonly question?: Question
}

/**
 * The parsed question's issues, then what the kind's rules find in the fields that parsed. The
 * rules read only the fields in `reads`, and run only when those fields parsed, so a typo in
 * `slide` does not hide a repeated option.
 */
function checkKind<K extends QuestionKind>(kind: K, input: Record<string, unknown>): Checked {
  const module = kindOf(kind)
  const parsed = v.safeParse(module.question, input)
  const problems: Problem[] = (parsed.issues ?? []).map(issue => [fieldOf(issue), issue.message])
  // Only schema issues leave a field unparsed; a failed check (an empty text) leaves it typed.
  const unparsed = new Set(parsed.issues?.filter(issue => issue.kind === 'schema').map(issue => issue.path?.[0]?.key))
  if (!module.rules.reads.some(field => unparsed.has(field)))
    problems.push(...module.rules.check(parsed.output as QuestionOf<K>))
  return parsed.success && problems.length === 0 ? { problems, question: parsed.output } : { problems }
}

function checkQuestion(input: unknown): Checked {
  if (!isRecord(input))
    return { problems: [['(question)', `must be an object, not ${describeValue(input)}`]] }
  if (isQuestionKind(input.kind))
    return checkKind(input.kind, input)
  const kind: Problem = input.kind === undefined
    ? ['kind', 'is missing']
    : ['kind', `unknown kind ${describeValue(input.kind)}; expected one of ${QUESTION_KINDS.join(', ')}`]
  const base = v.safeParse(QuestionBaseSchema, input).issues ?? []
  return { problems: [...base.map((issue): Problem => [fieldOf(issue), issue.message]), kind] }
}

/** The question's id, if it has one that can name it (even one that is not kebab-case). */
function usableId(question: unknown): string | undefined {
  return isRecord(question) && typeof question.id === 'string' && question.id.trim() !== '' ? question.id : undefined
}

/**
 * Check a bank, typically parsed JSON, and report every problem at once, each naming the question
 * and the field. Never throws: anything that is not an array of questions gives a single issue
 * with id `(bank)`. A valid bank is returned as parsed: fresh objects with only the known fields.
 */
export function validateBank(questions: unknown): ValidationResult {
  if (!Array.isArray(questions))
    return { ok: false, issues: [{ id: '(bank)', field: '(root)', message: `a bank must be an array of questions, not ${describeValue(questions)}` }] }
  if (questions.length === 0)
    return { ok: false, issues: [{ id: '(bank)', field: '(root)', message: 'the bank has no questions' }] }

  const issues: ValidationIssue[] = []
  const value: Question[] = []
  const firstIndex = new Map<string, number>()
  for (const [index, input] of questions.entries()) {
    const raw = usableId(input)
    const id = raw === undefined ? `#${index + 1}` : printable(raw)
    const { problems, question } = checkQuestion(input)
    issues.push(...problems.map(([field, message]) => ({ id, field, message })))
    if (question)
      value.push(question)
    if (raw !== undefined) {
      const first = firstIndex.get(raw)
      if (first === undefined)
        firstIndex.set(raw, index)
      else
        issues.push({ id, field: 'id', message: `duplicate id: questions #${first + 1} and #${index + 1} share it` })
    }
  }
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues }
}

/** One issue as one line: `id  field  message`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.id}  ${issue.field}  ${issue.message}`
}
