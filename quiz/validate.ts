import type { Bank, Question, QuestionKind, QuestionOf } from './types'
import * as v from 'valibot'
import { normalizeAnswer } from './grade'
import { describeValue, isRecord, printable } from './guards'
import { QUESTION_SCHEMAS, QuestionBaseSchema } from './schema'
import { isQuestionKind, QUESTION_KINDS } from './types'

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

/** How many options, pairs and items a question may have. */
const LIMITS = {
  single: { min: 3, max: 5 },
  multiple: { min: 3, max: 6 },
  matching: { min: 2 },
  ordering: { min: 3, max: 6 },
  open: { min: 1, max: 5 },
} as const

const NAME = /^[\w$-]{1,40}$/

/** A problem a rule finds: the field, as a path, and what is wrong. */
type Problem = readonly [field: string, message: string]

/**
 * The rules of one kind of question that relate its fields: counts, repeats, references. They
 * read only the fields in `reads`, and run only when those fields parsed, so a typo in `slide`
 * does not hide a repeated option.
 */
interface Rule<K extends QuestionKind> {
  readonly reads: readonly string[]
  readonly check: (question: QuestionOf<K>) => Iterable<Problem>
}

/**
 * Values that occur more than once (compared after `normalize`), each naming where it first
 * occurred. Values that are empty, or normalise to nothing, have problems of their own.
 */
function* repeats(values: readonly string[], path: (i: number) => string, what: string, normalize: (s: string) => string = s => s): Iterable<Problem> {
  const seen = new Map<string, number>()
  for (const [i, value] of values.entries()) {
    const key = normalize(value)
    if (value.trim() === '' || key === '')
      continue
    const first = seen.get(key)
    if (first === undefined)
      seen.set(key, i)
    else
      yield [path(i), `${what} repeats ${path(first)} (${describeValue(value)})`]
  }
}

function* choices(q: QuestionOf<'single' | 'multiple'>): Iterable<Problem> {
  const { min, max } = LIMITS[q.kind]
  if (q.options.length < min || q.options.length > max)
    yield ['options', `has ${q.options.length} options; a ${q.kind} question needs ${min}–${max}`]
  yield* repeats(q.options.map(o => o.id), i => `options[${i}].id`, 'id')
  yield* repeats(q.options.map(o => o.text), i => `options[${i}].text`, 'duplicate option: text', normalizeAnswer)
  const correct = q.options.flatMap((o, i) => (o.correct ? [`options[${i}]`] : []))
  if (q.options.length > 0 && correct.length === 0)
    yield ['options', 'no correct option']
  if (q.kind === 'single' && correct.length > 1)
    yield ['options', `a single-choice question has exactly one correct option, not ${correct.length} (${correct.join(', ')})`]
}

const RULES: { readonly [K in QuestionKind]: Rule<K> } = {
  'single': { reads: ['options'], check: choices },
  'multiple': { reads: ['options'], check: choices },
  'true-false': { reads: [], check: () => [] },
  'matching': {
    reads: ['pairs'],
    * check(q) {
      if (q.pairs.length < LIMITS.matching.min)
        yield ['pairs', `has ${q.pairs.length} pair(s); a matching question needs at least ${LIMITS.matching.min}`]
      yield* repeats(q.pairs.map(p => p.id), i => `pairs[${i}].id`, 'id')
      yield* repeats(q.pairs.map(p => p.left), i => `pairs[${i}].left`, 'repeated side: left', normalizeAnswer)
      yield* repeats(q.pairs.map(p => p.right), i => `pairs[${i}].right`, 'repeated side: right', normalizeAnswer)
    },
  },
  'ordering': {
    reads: ['items', 'answer'],
    * check(q) {
      const { min, max } = LIMITS.ordering
      if (q.items.length < min || q.items.length > max)
        yield ['items', `has ${q.items.length} items; an ordering question needs ${min}–${max}`]
      yield* repeats(q.items.map(it => it.id), i => `items[${i}].id`, 'id')
      yield* repeats(q.items.map(it => it.text), i => `items[${i}].text`, 'duplicate item: text', normalizeAnswer)
      const ids = q.items.map(it => it.id)
      for (const [i, id] of q.answer.entries()) {
        if (!ids.includes(id))
          yield [`answer[${i}]`, `${describeValue(id)} is not the id of an item`]
      }
      yield* repeats(q.answer, i => `answer[${i}]`, 'id')
      const missing = ids.filter(id => !q.answer.includes(id))
      if (missing.length > 0)
        yield ['answer', `leaves out ${missing.map(describeValue).join(', ')}; it must list every item once`]
    },
  },
  'short': {
    reads: ['accepted'],
    * check(q) {
      if (q.accepted.length === 0)
        yield ['accepted', 'is empty; a short-answer question needs at least one accepted answer']
      for (const [i, answer] of q.accepted.entries()) {
        if (answer.trim() !== '' && normalizeAnswer(answer) === '')
          yield [`accepted[${i}]`, `${describeValue(answer)} has no letters or digits, so no answer can match it`]
      }
      yield* repeats(q.accepted, i => `accepted[${i}]`, 'duplicate answer: it', normalizeAnswer)
    },
  },
  'open': {
    reads: ['rubric'],
    * check(q) {
      const { min, max } = LIMITS.open
      if (q.rubric.length < min || q.rubric.length > max)
        yield ['rubric', `has ${q.rubric.length} points; an open question's rubric needs ${min}–${max}`]
      yield* repeats(q.rubric, i => `rubric[${i}]`, 'duplicate rubric point: it', normalizeAnswer)
    },
  },
}

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

/** The parsed question's issues, then what the kind's rules find in the fields that parsed. */
function checkKind<K extends QuestionKind>(kind: K, input: Record<string, unknown>): Checked {
  const parsed = v.safeParse(QUESTION_SCHEMAS[kind], input)
  const problems: Problem[] = (parsed.issues ?? []).map(issue => [fieldOf(issue), issue.message])
  // Only schema issues leave a field unparsed; a failed check (an empty text) leaves it typed.
  const unparsed = new Set(parsed.issues?.filter(issue => issue.kind === 'schema').map(issue => issue.path?.[0]?.key))
  const rule: Rule<K> = RULES[kind]
  if (!rule.reads.some(field => unparsed.has(field)))
    problems.push(...rule.check(parsed.output as QuestionOf<K>))
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
