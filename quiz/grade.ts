import type { Question, QuestionKind, QuestionOf, QuizResponse, ResponseOf } from './types'
import * as v from 'valibot'
import { assertNever, describeValue, isRecord, printable } from './guards'
import { RESPONSE_SCHEMAS } from './schema'

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

/** A response checked against its question: the typed response, or why it cannot be graded. */
export type ParsedResponse<R extends QuizResponse = QuizResponse>
  = | { readonly ok: true, readonly value: R }
    | { readonly ok: false, readonly error: GradeError }

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
  /**
   * Who marks it: `auto` here, or `teacher` for an open answer, which scores 0 until the teacher
   * marks it against its rubric.
   */
  readonly markedBy: 'auto' | 'teacher'
}

/** The result of grading: a grade, or an error that says why the response cannot be graded. */
export type GradeResult = Graded | { readonly ok: false, readonly error: GradeError }

const COMBINING_MARK = /\p{M}/gu
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu

/** Text with its accents removed ("jū'ān" → "ju'an"), after Unicode compatibility normalisation (NFKD). */
export function removeAccents(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARK, '')
}

/**
 * How typed answers are compared: Unicode-normalised, accents removed, lower case,
 * and everything but letters and digits dropped ("Live-streaming" = "live streaming").
 */
export function normalizeAnswer(text: string): string {
  // Lower case last: what JavaScript lower-cases a Greek Σ to depends on what follows it.
  return removeAccents(text).replace(NOT_LETTER_OR_DIGIT, '').toLowerCase()
}

interface Outcome {
  readonly fraction: number
  readonly feedback: readonly string[]
  /** Set when no machine can mark the answer: the teacher does, against the rubric. */
  readonly byTeacher?: true
}

/** How one kind of question checks the ids a response names, and scores a response whose ids are right. */
interface KindGrader<K extends QuestionKind> {
  /** What is wrong with the ids the response names, if anything. */
  readonly check: (question: QuestionOf<K>, response: ResponseOf<K>) => [GradeErrorCode, string] | undefined
  /** The fraction of the points earned, and what to tell the student. */
  readonly score: (question: QuestionOf<K>, response: ResponseOf<K>) => Outcome
}

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, i) => values.indexOf(value) !== i)
}

/** The first id that is not known, or chosen twice: the checks `multiple` and `ordering` share. */
function checkIds(ids: readonly string[], known: readonly string[], what: string): [GradeErrorCode, string] | undefined {
  const unknown = ids.find(id => !known.includes(id))
  if (unknown !== undefined)
    return ['unknown-id', `no ${what} ${describeValue(unknown)}`]
  const duplicate = firstDuplicate(ids)
  if (duplicate !== undefined)
    return ['duplicate-id', `${what} ${describeValue(duplicate)} is given twice`]
  return undefined
}

function feedbackOf(text: string | undefined): string[] {
  return text ? [text] : []
}

const GRADERS: { readonly [K in QuestionKind]: KindGrader<K> } = {
  'single': {
    check: (q, r) => (q.options.some(o => o.id === r.optionId) ? undefined : ['unknown-id', `no option ${describeValue(r.optionId)}`]),
    score: (q, r) => {
      const chosen = q.options.find(o => o.id === r.optionId)
      return { fraction: chosen?.correct ? 1 : 0, feedback: feedbackOf(chosen?.feedback) }
    },
  },
  /**
   * Multiple answers: (right picks − wrong picks) / number of right options, floored at 0.
   * Choosing every option therefore earns nothing unless every option is right, and leaving
   * out one of three right options earns two thirds.
   */
  'multiple': {
    check: (q, r) => checkIds(r.optionIds, q.options.map(o => o.id), 'option'),
    score: (q, r) => {
      const chosen = r.optionIds.flatMap(id => q.options.filter(o => o.id === id))
      const right = chosen.filter(o => o.correct).length
      const wrong = chosen.length - right
      const total = q.options.filter(o => o.correct).length
      return {
        fraction: total === 0 ? 0 : Math.max(0, (right - wrong) / total),
        feedback: [
          ...chosen.flatMap(o => feedbackOf(o.feedback)),
          `${right} of ${total} right options chosen, ${wrong} wrong`,
        ],
      }
    },
  },
  'true-false': {
    check: () => undefined,
    score: (q, r) => ({
      fraction: r.value === q.answer ? 1 : 0,
      feedback: feedbackOf(r.value ? q.feedback?.true : q.feedback?.false),
    }),
  },
  /** Matching: the fraction of left items given their own right item; a left item left out counts as wrong. */
  'matching': {
    check: (q, r) => {
      const ids = q.pairs.map(p => p.id)
      for (const [left, right] of Object.entries(r.matches)) {
        if (!ids.includes(left))
          return ['unknown-id', `no pair ${describeValue(left)}`]
        if (!ids.includes(right))
          return ['unknown-id', `no pair ${describeValue(right)}`]
      }
      return undefined
    },
    score: (q, r) => {
      const right = q.pairs.filter(p => r.matches[p.id] === p.id).length
      return { fraction: right / q.pairs.length, feedback: [`${right} of ${q.pairs.length} pairs right`] }
    },
  },
  /**
   * Ordering: the fraction of neighbouring pairs of the right order (first–second,
   * second–third, …) that the response puts in the same relative order. Moving one item
   * costs only the pairs it breaks; the reverse order scores 0.
   */
  'ordering': {
    check: (q, r) => {
      const wrong = checkIds(r.order, q.answer, 'item')
      if (wrong)
        return wrong
      const missing = q.answer.filter(id => !r.order.includes(id))
      return missing.length > 0 ? ['incomplete', `items missing from the order: ${printable(missing.join(', '))}`] : undefined
    },
    score: (q, r) => {
      const neighbours = q.answer.length - 1
      const right = q.answer.slice(1).filter((id, i) => r.order.indexOf(q.answer[i] ?? '') < r.order.indexOf(id)).length
      return {
        fraction: neighbours === 0 ? 1 : right / neighbours,
        feedback: [`${right} of ${neighbours} neighbouring pairs in the right order`],
      }
    },
  },
  'short': {
    check: () => undefined,
    score: (q, r) => {
      const typed = normalizeAnswer(r.text)
      const right = typed !== '' && q.accepted.some(a => normalizeAnswer(a) === typed)
      return { fraction: right ? 1 : 0, feedback: feedbackOf(right ? q.feedback?.correct : q.feedback?.incorrect) }
    },
  },
  /** Open answers are not marked here: the teacher marks them against the rubric. */
  'open': {
    check: () => undefined,
    score: () => ({ fraction: 0, feedback: ['Your teacher marks this answer.'], byTeacher: true }),
  },
}

/** The grader of the question's kind. TypeScript cannot see that `question.kind` is `K`, hence the one cast. */
function graderFor<K extends QuestionKind>(question: QuestionOf<K>): KindGrader<K> {
  return GRADERS[question.kind as K]
}

function failure(question: Question, code: GradeErrorCode, message: string): { readonly ok: false, readonly error: GradeError } {
  return { ok: false, error: { code, questionId: question.id, message } }
}

/**
 * Check an untrusted response (from a form, a saved attempt, an HTTP request) against its
 * question: its shape with the kind's schema in `RESPONSE_SCHEMAS`, then the ids it names.
 * Gives the typed response, or an error saying why it cannot be graded; never throws.
 */
export function parseResponse<Q extends Question>(question: Q, value: unknown): ParsedResponse<ResponseOf<Q['kind']>> {
  if (!isRecord(value))
    return failure(question, 'malformed', `a response must be an object with a \`kind\`, not ${describeValue(value)}`)
  if (value.kind !== question.kind)
    return failure(question, 'wrong-kind', `expected a "${question.kind}" response, got ${value.kind === undefined ? 'none' : describeValue(value.kind)}`)
  const parsed = v.safeParse(RESPONSE_SCHEMAS[question.kind], value)
  if (!parsed.success) {
    const [issue] = parsed.issues
    const path = v.getDotPath(issue)
    return failure(question, 'malformed', `a "${question.kind}" response ${path ? `whose ${printable(path)} ` : ''}${issue.message}`)
  }
  const response = parsed.output as ResponseOf<Q['kind']>
  const wrong = graderFor(question).check(question, response)
  return wrong ? failure(question, ...wrong) : { ok: true, value: response }
}

/**
 * Grade one response. The response is checked at run time with `parseResponse`, because it may
 * come from a form, a JSON file or the network: anything of the wrong shape, or naming ids the
 * question does not have, gives `{ ok: false, error }`, never an exception and never a silent zero.
 */
export function grade(question: Question, response: unknown): GradeResult {
  const parsed = parseResponse(question, response)
  if (!parsed.ok)
    return parsed
  const { fraction, feedback, byTeacher } = graderFor(question).score(question, parsed.value)
  return {
    ok: true,
    correct: fraction === 1,
    score: Math.round(question.points * fraction * 100) / 100,
    max: question.points,
    fraction,
    feedback,
    markedBy: byTeacher ? 'teacher' : 'auto',
  }
}

/**
 * The fully right response to a question: for "show the answer" on a slide, and for tests. An open
 * question has none; its rubric's sample answer stands in.
 */
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
    case 'open': return { kind: 'open', text: question.sample }
    default: return assertNever(question)
  }
}
