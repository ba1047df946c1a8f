import type {
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  Question,
  QuizResponse,
  ShortQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from './types'

/** Why a response could not be graded. */
export type GradeErrorCode
  /** The response is for another kind of question. */
  = | 'wrong-kind'
  /** The response is not shaped like a response of its kind. */
    | 'malformed'
  /** The response names an option, pair or item the question does not have. */
    | 'unknown-id'
  /** The response names the same option or item twice. */
    | 'duplicate-id'
  /** An ordering response leaves out some items. */
    | 'incomplete'

/** A response that could not be graded, and why. */
export interface GradeError {
  readonly code: GradeErrorCode
  /** The question the response was for. */
  readonly questionId: string
  /** What is wrong, in one sentence. */
  readonly message: string
}

/** A graded response. */
export interface Graded {
  readonly ok: true
  /** Whether the answer is fully right. */
  readonly correct: boolean
  /** Points earned: between 0 and `max`, rounded to 2 decimals. */
  readonly score: number
  /** The question's points. */
  readonly max: number
  /** The fraction of the points earned, between 0 and 1. */
  readonly fraction: number
  /** What to show the student: feedback of the chosen options, a count of right pairs, and so on. */
  readonly feedback: readonly string[]
}

/** The result of grading: a grade, or an error that says why the response cannot be graded. */
export type GradeResult = Graded | { readonly ok: false, readonly error: GradeError }

const COMBINING_MARK = /\p{M}/gu
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu

/**
 * How typed answers are compared: Unicode-normalised, accents removed, lower case,
 * and everything but letters and digits dropped ("Live-streaming" = "live streaming").
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '')
}

/** Used in `switch` defaults so that a new question kind is a compile error until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`)
}

type Outcome = { readonly fraction: number, readonly feedback: readonly string[] } | GradeError

function fail(question: Question, code: GradeErrorCode, message: string): GradeError {
  return { code, questionId: question.id, message }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(v => typeof v === 'string')
}

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((v, i) => values.indexOf(v) !== i)
}

function gradeSingle(q: SingleQuestion, r: Record<string, unknown>): Outcome {
  if (typeof r.optionId !== 'string')
    return fail(q, 'malformed', 'a single-choice response needs `optionId`, a string')
  const chosen = q.options.find(o => o.id === r.optionId)
  if (!chosen)
    return fail(q, 'unknown-id', `no option "${r.optionId}"`)
  return { fraction: chosen.correct ? 1 : 0, feedback: chosen.feedback ? [chosen.feedback] : [] }
}

/**
 * Multiple answers: (right picks − wrong picks) / number of right options, floored at 0.
 * Choosing every option therefore earns nothing unless every option is right, and leaving
 * out one of three right options earns two thirds.
 */
function gradeMultiple(q: MultipleQuestion, r: Record<string, unknown>): Outcome {
  if (!isStringArray(r.optionIds))
    return fail(q, 'malformed', 'a multiple-answer response needs `optionIds`, an array of strings')
  const ids = r.optionIds
  const unknown = ids.find(id => !q.options.some(o => o.id === id))
  if (unknown !== undefined)
    return fail(q, 'unknown-id', `no option "${unknown}"`)
  const duplicate = firstDuplicate(ids)
  if (duplicate !== undefined)
    return fail(q, 'duplicate-id', `option "${duplicate}" is chosen twice`)
  const chosen = ids.flatMap(id => q.options.filter(o => o.id === id))
  const right = chosen.filter(o => o.correct).length
  const wrong = chosen.length - right
  const total = q.options.filter(o => o.correct).length
  return {
    fraction: total === 0 ? 0 : Math.max(0, (right - wrong) / total),
    feedback: [
      ...chosen.flatMap(o => (o.feedback ? [o.feedback] : [])),
      `${right} of ${total} right options chosen, ${wrong} wrong`,
    ],
  }
}

function gradeTrueFalse(q: TrueFalseQuestion, r: Record<string, unknown>): Outcome {
  if (typeof r.value !== 'boolean')
    return fail(q, 'malformed', 'a true/false response needs `value`, true or false')
  const feedback = r.value ? q.feedback?.true : q.feedback?.false
  return { fraction: r.value === q.answer ? 1 : 0, feedback: feedback ? [feedback] : [] }
}

/** Matching: the fraction of left items given their own right item; a left item left out counts as wrong. */
function gradeMatching(q: MatchingQuestion, r: Record<string, unknown>): Outcome {
  const matches = r.matches
  if (!isRecord(matches) || !Object.values(matches).every(v => typeof v === 'string'))
    return fail(q, 'malformed', 'a matching response needs `matches`, an object from pair id to pair id')
  const ids = new Set(q.pairs.map(p => p.id))
  for (const [left, right] of Object.entries(matches)) {
    if (!ids.has(left))
      return fail(q, 'unknown-id', `no pair "${left}"`)
    if (!ids.has(right as string))
      return fail(q, 'unknown-id', `no pair "${String(right)}"`)
  }
  const right = q.pairs.filter(p => matches[p.id] === p.id).length
  return {
    fraction: right / q.pairs.length,
    feedback: [`${right} of ${q.pairs.length} pairs right`],
  }
}

/**
 * Ordering: the fraction of neighbouring pairs of the right order (first–second,
 * second–third, …) that the response puts in the same relative order. Moving one item
 * costs only the pairs it breaks; the reverse order scores 0.
 */
function gradeOrdering(q: OrderingQuestion, r: Record<string, unknown>): Outcome {
  if (!isStringArray(r.order))
    return fail(q, 'malformed', 'an ordering response needs `order`, an array of item ids')
  const order = r.order
  const unknown = order.find(id => !q.answer.includes(id))
  if (unknown !== undefined)
    return fail(q, 'unknown-id', `no item "${unknown}"`)
  const duplicate = firstDuplicate(order)
  if (duplicate !== undefined)
    return fail(q, 'duplicate-id', `item "${duplicate}" appears twice`)
  const missing = q.answer.filter(id => !order.includes(id))
  if (missing.length > 0)
    return fail(q, 'incomplete', `items missing from the order: ${missing.join(', ')}`)
  const neighbours = q.answer.length - 1
  let right = 0
  for (let i = 0; i < neighbours; i++) {
    if (order.indexOf(q.answer[i] as string) < order.indexOf(q.answer[i + 1] as string))
      right++
  }
  return {
    fraction: neighbours === 0 ? 1 : right / neighbours,
    feedback: [`${right} of ${neighbours} neighbouring pairs in the right order`],
  }
}

function gradeShort(q: ShortQuestion, r: Record<string, unknown>): Outcome {
  if (typeof r.text !== 'string')
    return fail(q, 'malformed', 'a short-answer response needs `text`, a string')
  const typed = normalizeAnswer(r.text)
  const right = typed !== '' && q.accepted.some(a => normalizeAnswer(a) === typed)
  const feedback = right ? q.feedback?.correct : q.feedback?.incorrect
  return { fraction: right ? 1 : 0, feedback: feedback ? [feedback] : [] }
}

function outcome(question: Question, response: Record<string, unknown>): Outcome {
  switch (question.kind) {
    case 'single': return gradeSingle(question, response)
    case 'multiple': return gradeMultiple(question, response)
    case 'true-false': return gradeTrueFalse(question, response)
    case 'matching': return gradeMatching(question, response)
    case 'ordering': return gradeOrdering(question, response)
    case 'short': return gradeShort(question, response)
    default: return assertNever(question)
  }
}

/**
 * Grade one response. The response is checked at run time as well as by the compiler, because it
 * may come from a form or a JSON file: anything of the wrong shape gives `{ ok: false, error }`,
 * never an exception and never a silent zero.
 */
export function grade(question: Question, response: QuizResponse): GradeResult {
  const r: unknown = response
  if (!isRecord(r))
    return { ok: false, error: fail(question, 'malformed', 'a response must be an object with a `kind`') }
  if (r.kind !== question.kind)
    return { ok: false, error: fail(question, 'wrong-kind', `expected a "${question.kind}" response, got ${JSON.stringify(r.kind ?? null)}`) }
  const result = outcome(question, r)
  if ('code' in result)
    return { ok: false, error: result }
  const score = Math.round(question.points * result.fraction * 100) / 100
  return {
    ok: true,
    correct: result.fraction === 1,
    score,
    max: question.points,
    fraction: result.fraction,
    feedback: result.feedback,
  }
}

/** The fully right response to a question: for "show the answer" on a slide, and for tests. */
export function correctResponse(question: Question): QuizResponse {
  switch (question.kind) {
    case 'single': {
      const option = question.options.find(o => o.correct)
      return { kind: 'single', optionId: option?.id ?? '' }
    }
    case 'multiple': return { kind: 'multiple', optionIds: question.options.filter(o => o.correct).map(o => o.id) }
    case 'true-false': return { kind: 'true-false', value: question.answer }
    case 'matching': return { kind: 'matching', matches: Object.fromEntries(question.pairs.map(p => [p.id, p.id])) }
    case 'ordering': return { kind: 'ordering', order: [...question.answer] }
    case 'short': return { kind: 'short', text: question.accepted[0] ?? '' }
    default: return assertNever(question)
  }
}
