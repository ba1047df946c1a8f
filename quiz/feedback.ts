// The feedback on one answer, whoever graded it: the self-paced page in the student's browser, or
// the classroom server after a hand-in (with the teacher's mark of a written answer).
import type { SlideId } from '../content/slides'
import type { Question, QuizResponse } from './types'
import * as v from 'valibot'
import { SLIDE_IDS } from '../content/slides'
import { correctAnswerText, responseText } from './answer-text'
import { grade } from './grade'

/** The statuses of an answer, as a list. */
export const FEEDBACK_STATUSES = ['correct', 'partial', 'wrong', 'unanswered', 'teacher'] as const

/** How an answer came out: right, partly right, wrong, not given, or handed in for the teacher to mark. */
export type FeedbackStatus = typeof FEEDBACK_STATUSES[number]

/** The words for each status, so a result is never told by colour alone. */
export const STATUS_WORDS = {
  correct: 'Correct',
  partial: 'Partly correct',
  wrong: 'Incorrect',
  unanswered: 'Not answered',
  teacher: 'Handed in',
} as const satisfies Record<FeedbackStatus, string>

/** What the feedback on one answer shows, whoever graded it (this page, or the live quiz's server). */
export interface FeedbackView {
  readonly status: FeedbackStatus
  /** Points earned and possible, when there are points to show. */
  readonly points?: { readonly score: number, readonly max: number }
  readonly yourAnswer: string
  /** The right answer, shown unless the answer was right. */
  readonly rightAnswer: string
  /** Feedback on the chosen options and the like. */
  readonly notes: readonly string[]
  readonly explanation: string
  /** The slide that teaches it. */
  readonly slide: SlideId
}

/** `FeedbackView` as a schema, for a page that gets it from the classroom server. */
export const FeedbackViewSchema = v.pipe(v.object({
  status: v.picklist(FEEDBACK_STATUSES),
  points: v.optional(v.pipe(v.object({ score: v.number(), max: v.number() }), v.readonly())),
  yourAnswer: v.string(),
  rightAnswer: v.string(),
  notes: v.pipe(v.array(v.string()), v.readonly()),
  explanation: v.string(),
  slide: v.picklist(SLIDE_IDS),
}), v.readonly())

/** The teacher's mark of a written answer: points, the rubric points met, a comment. */
export interface TeacherMark {
  readonly points: number
  readonly rubric: readonly boolean[]
  readonly comment: string
}

/** The feedback on `response` to `question`, graded here. */
export function feedbackView(question: Question, response: QuizResponse | undefined): FeedbackView {
  const base = {
    yourAnswer: responseText(question, response),
    rightAnswer: correctAnswerText(question),
    explanation: question.explanation,
    slide: question.slide,
  }
  const result = response ? grade(question, response) : undefined
  if (!result?.ok)
    return { ...base, status: response ? 'wrong' : 'unanswered', points: { score: 0, max: question.points }, notes: [] }
  if (result.markedBy === 'teacher')
    return { ...base, status: 'teacher', notes: [`Your teacher marks this answer (${result.max} points).`] }
  const status = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'wrong'
  return { ...base, status, points: { score: result.score, max: result.max }, notes: result.feedback }
}

/** "You earned 1 of 2 points." */
export function pointsSentence(points: { readonly score: number, readonly max: number }): string {
  return `You earned ${points.score} of ${points.max} ${points.max === 1 ? 'point' : 'points'}.`
}

/** The feedback on a written answer once the teacher has marked it: the points, and the comment. */
export function markedView(view: FeedbackView, mark: TeacherMark, max: number): FeedbackView {
  const status = mark.points >= max ? 'correct' : mark.points > 0 ? 'partial' : 'wrong'
  return { ...view, status, points: { score: mark.points, max }, notes: mark.comment.trim() === '' ? [] : [`Your teacher: ${mark.comment.trim()}`] }
}
