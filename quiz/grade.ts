// Grading a response to a question, whatever its kind: the response is checked against the kind's
// schema and ids, then scored by the kind's module (quiz/kinds/).
import type { GradeErrorCode } from './kinds/kind'
import type { Question, QuizResponse, ResponseOf } from './types'
import * as v from 'valibot'
import { describeValue, isRecord, printable } from './guards'
import { kindOf } from './kinds'

export type { GradeErrorCode } from './kinds/kind'

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

function failure(question: Question, code: GradeErrorCode, message: string): { readonly ok: false, readonly error: GradeError } {
  return { ok: false, error: { code, questionId: question.id, message } }
}

/**
 * Check an untrusted response (from a form, a saved attempt, an HTTP request) against its
 * question: its shape with the kind's response schema, then the ids it names. Gives the typed
 * response, or an error saying why it cannot be graded; never throws.
 */
export function parseResponse<Q extends Question>(question: Q, value: unknown): ParsedResponse<ResponseOf<Q['kind']>> {
  if (!isRecord(value))
    return failure(question, 'malformed', `a response must be an object with a \`kind\`, not ${describeValue(value)}`)
  if (value.kind !== question.kind)
    return failure(question, 'wrong-kind', `expected a "${question.kind}" response, got ${value.kind === undefined ? 'none' : describeValue(value.kind)}`)
  const kind = kindOf<Q['kind']>(question.kind)
  const parsed = v.safeParse(kind.response, value)
  if (!parsed.success) {
    const [issue] = parsed.issues
    const path = v.getDotPath(issue)
    return failure(question, 'malformed', `a "${question.kind}" response ${path ? `whose ${printable(path)} ` : ''}${issue.message}`)
  }
  const wrong = kind.checkIds(question, parsed.output)
  return wrong ? failure(question, ...wrong) : { ok: true, value: parsed.output }
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
  const kind = kindOf(question.kind)
  const { fraction, feedback } = kind.score(question, parsed.value)
  return {
    ok: true,
    correct: fraction === 1,
    score: Math.round(question.points * fraction * 100) / 100,
    max: question.points,
    fraction,
    feedback,
    markedBy: kind.byTeacher ? 'teacher' : 'auto',
  }
}

/**
 * The fully right response to a question: for "show the answer" on a slide, and for tests. An open
 * question has none; its rubric's sample answer stands in.
 */
export function correctResponse<Q extends Question>(question: Q): ResponseOf<Q['kind']> {
  return kindOf<Q['kind']>(question.kind).correctResponse(question)
}
