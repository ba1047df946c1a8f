// The rules of the full quiz handed in to the classroom server: a student's answers are saved as they
// go (each one journaled), "Hand in" ends the attempt, the teacher marks the written answers, and
// the feedback is given after the hand-in or when the teacher releases it. state.ts runs these rules
// beside the live quiz's.
import type { LiveEvent, LiveState, QuizAttempt, Refusal, StoredMark } from './events'
import { Map as PMap } from 'immutable'
import { parseResponse } from '../grade'
import { describeValue } from '../guards'
import { KINDS } from '../kinds'

/** The events of the full quiz. */
export type QuizEvent = Extract<LiveEvent, { type: 'quiz-answer' | 'hand-in' | 'mark' | 'feedback-policy' | 'release' }>

/** Whether an event belongs to the full quiz. */
export function isQuizEvent(event: LiveEvent): event is QuizEvent {
  return ['quiz-answer', 'hand-in', 'mark', 'feedback-policy', 'release'].includes(event.type)
}

/** Where a student's mark of one question is kept. */
export function markKey(studentId: string, questionId: string): string {
  return `${studentId}:${questionId}`
}

function refuse(code: Refusal['code'], message: string): Refusal {
  return { code, message }
}

/**
 * Whether a full-quiz event may be applied, and if not, why:
 * - an answer comes from a known student who has not handed in, to a question of the quiz, and fits
 *   it (its kind, ids that belong to it, no more text than its widget takes);
 * - a hand-in comes once, from a known student;
 * - a mark is for a written answer the student gave, with points from 0 to the question's and one
 *   tick per rubric point.
 */
export function checkQuizEvent(state: LiveState, event: QuizEvent): Refusal | undefined {
  switch (event.type) {
    case 'quiz-answer': {
      if (!state.students.has(event.studentId))
        return refuse('unknown-student', 'this student has not joined the class')
      const question = state.quiz.get(event.questionId)
      if (!question)
        return refuse('unknown-question', `the quiz has no question ${describeValue(event.questionId)}`)
      if (state.attempts.get(event.studentId)?.handedInAt !== undefined)
        return refuse('handed-in', 'this quiz has been handed in; answers are not changed after')
      const parsed = parseResponse(question, event.response)
      if (!parsed.ok)
        return refuse('bad-response', `this answer does not fit the question ${describeValue(question.id)}: ${parsed.error.message}`)
      const limit = KINDS[question.kind].textLimit
      if (limit !== undefined && 'text' in parsed.value && parsed.value.text.length > limit)
        return refuse('bad-response', `an answer to ${describeValue(question.id)} is at most ${limit} characters`)
      return undefined
    }
    case 'hand-in':
      if (!state.students.has(event.studentId))
        return refuse('unknown-student', 'this student has not joined the class')
      if (state.attempts.get(event.studentId)?.handedInAt !== undefined)
        return refuse('handed-in', 'this quiz has already been handed in')
      return undefined
    case 'mark': {
      const question = state.quiz.get(event.questionId)
      if (!question)
        return refuse('unknown-question', `the quiz has no question ${describeValue(event.questionId)}`)
      if (!state.students.has(event.studentId))
        return refuse('unknown-student', 'there is no such student in this class')
      if (question.kind !== 'open')
        return refuse('bad-mark', `${describeValue(question.id)} is marked by the quiz, not by the teacher`)
      if (!state.attempts.get(event.studentId)?.answers.has(question.id))
        return refuse('bad-mark', 'this student has not answered this question')
      if (event.points > question.points)
        return refuse('bad-mark', `the mark is at most ${question.points} points, not ${event.points}`)
      if (event.rubric.length !== question.rubric.length)
        return refuse('bad-mark', `the marking guide has ${question.rubric.length} points to tick, not ${event.rubric.length}`)
      return undefined
    }
    case 'feedback-policy':
    case 'release':
      return undefined
  }
}

/** The state after a full-quiz event that `checkQuizEvent` accepts. */
export function applyQuizEvent(state: LiveState, event: QuizEvent): LiveState {
  switch (event.type) {
    case 'quiz-answer': {
      const attempt: QuizAttempt = state.attempts.get(event.studentId) ?? { answers: PMap(), firstAt: event.at, lastAt: event.at }
      return { ...state, attempts: state.attempts.set(event.studentId, { ...attempt, answers: attempt.answers.set(event.questionId, event.response), lastAt: event.at }) }
    }
    case 'hand-in': {
      const attempt: QuizAttempt = state.attempts.get(event.studentId) ?? { answers: PMap(), firstAt: event.at, lastAt: event.at }
      return { ...state, attempts: state.attempts.set(event.studentId, { ...attempt, handedInAt: event.at }) }
    }
    case 'mark': {
      const key = markKey(event.studentId, event.questionId)
      const before = state.marks.get(key)
      const mark: StoredMark = { points: event.points, rubric: event.rubric, comment: event.comment, at: event.at, changes: before === undefined ? 0 : before.changes + 1 }
      return { ...state, marks: state.marks.set(key, mark) }
    }
    case 'feedback-policy':
      return { ...state, feedbackPolicy: event.policy }
    case 'release':
      return { ...state, releasedAt: event.at }
  }
}

/** Whether a student who has handed in sees the feedback now. */
export function feedbackReleased(state: LiveState): boolean {
  return state.feedbackPolicy === 'after-hand-in' || state.releasedAt !== undefined
}
