import type { PartId } from '../content/parts'
import type { GradeError } from './grade'
import type { Bank } from './types'
import { PART_IDS } from '../content/parts'
import { grade } from './grade'
import { kindOf } from './kinds'

/**
 * What happened to one question in an attempt. `teacher`: an open answer, given, which the teacher
 * marks (it is not in the automatic score).
 */
export type OutcomeStatus = 'correct' | 'partial' | 'wrong' | 'unanswered' | 'invalid' | 'teacher'

/** One question's result within an attempt. */
export interface QuestionOutcome {
  /** The question's id. */
  readonly id: string
  /** The question's part. */
  readonly part: PartId
  /** Points earned (0 when unanswered or invalid). */
  readonly score: number
  /** The question's points. */
  readonly max: number
  /** Whether the teacher marks it (an open question): then it is not in the automatic score. */
  readonly byTeacher: boolean
  /** Whether it was right, partly right, wrong, not answered, answered with a response that cannot be graded, or left to the teacher. */
  readonly status: OutcomeStatus
  /** The student's feedback (empty when unanswered or invalid). */
  readonly feedback: readonly string[]
  /** Why the response could not be graded, when `status` is `invalid`. */
  readonly error?: GradeError
}

/** The score for one part of the lesson. */
export interface PartScore {
  readonly part: PartId
  readonly score: number
  readonly max: number
  /** `score / max` in percent, to one decimal. */
  readonly percentage: number
  /** How many questions of the part were fully right, and how many there were. */
  readonly correct: number
  readonly questions: number
}

/** The score of a whole attempt. */
export interface AttemptScore {
  /** Points earned, to 2 decimals, on the questions marked automatically. */
  readonly total: number
  /** Points available on the questions marked automatically. */
  readonly max: number
  /** `total / max` in percent, to one decimal (0 for an empty bank). */
  readonly percentage: number
  /** The open questions the teacher marks: how many, and their points (not in `max`). */
  readonly byTeacher: { readonly questions: number, readonly points: number }
  /** Per part, in teaching order; only parts that have questions. */
  readonly byPart: readonly PartScore[]
  /** Per question, in bank order. */
  readonly outcomes: readonly QuestionOutcome[]
  /** Responses that could not be graded. */
  readonly errors: readonly GradeError[]
  /** Ids of responses that match no question in the bank. */
  readonly unknownIds: readonly string[]
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

function percent(score: number, max: number): number {
  return max > 0 ? round((score / max) * 100, 1) : 0
}

/**
 * Score a whole attempt: every question of the bank, with the responses given by question id.
 * The responses are untrusted (a saved attempt, a request): each is checked by `grade`. A question
 * with no response scores 0 as `unanswered`; a response that cannot be graded scores 0 as
 * `invalid` and is listed in `errors`; a response for a question not in the bank is listed in
 * `unknownIds`. Nothing is dropped silently.
 */
export function scoreAttempt(bank: Bank, responses: Readonly<Record<string, unknown>>): AttemptScore {
  const outcomes: QuestionOutcome[] = bank.map((question) => {
    const base = { id: question.id, part: question.part, max: question.points, byTeacher: kindOf(question.kind).byTeacher === true }
    const response = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined
    if (response === undefined)
      return { ...base, score: 0, status: 'unanswered', feedback: [] }
    const result = grade(question, response)
    if (!result.ok)
      return { ...base, score: 0, status: 'invalid', feedback: [], error: result.error }
    if (result.markedBy === 'teacher')
      return { ...base, score: 0, status: 'teacher', feedback: result.feedback }
    const status = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'wrong'
    return { ...base, score: result.score, status, feedback: result.feedback }
  })
  const automatic = outcomes.filter(o => !o.byTeacher)
  const byTeacher = outcomes.filter(o => o.byTeacher)

  const byPart = PART_IDS.flatMap((part) => {
    const inPart = automatic.filter(o => o.part === part)
    if (inPart.length === 0)
      return []
    const score = round(inPart.reduce((sum, o) => sum + o.score, 0), 2)
    const max = inPart.reduce((sum, o) => sum + o.max, 0)
    return [{
      part,
      score,
      max,
      percentage: percent(score, max),
      correct: inPart.filter(o => o.status === 'correct').length,
      questions: inPart.length,
    }]
  })

  const total = round(automatic.reduce((sum, o) => sum + o.score, 0), 2)
  const max = automatic.reduce((sum, o) => sum + o.max, 0)
  const ids = new Set(bank.map(q => q.id))
  return {
    total,
    max,
    percentage: percent(total, max),
    byTeacher: { questions: byTeacher.length, points: byTeacher.reduce((sum, o) => sum + o.max, 0) },
    byPart,
    outcomes,
    errors: outcomes.flatMap(o => (o.error ? [o.error] : [])),
    unknownIds: Object.keys(responses).filter(id => !ids.has(id)),
  }
}
