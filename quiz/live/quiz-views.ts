// What the full quiz handed in to the server looks like to a student: the questions without their
// answers, their saved answers in the widget's ids, and after the hand-in (once the feedback is
// given) their results, written answers counted once the teacher marks them.
import type { FeedbackView } from '../feedback'
import type { ShownQuestion } from '../present'
import type { Question, QuizResponse } from '../types'
import type { LiveState, StoredMark } from './events'
import type { ClassQuiz, QuizResults } from './quiz-protocol'
import { feedbackView, markedView } from '../feedback'
import { grade } from '../grade'
import { attemptOrder, LESSON_SEED } from '../order'
import { markedByTeacher, showQuestion, toShownResponse } from '../present'
import { studentName } from './protocol'
import { feedbackReleased, markKey } from './quiz-state'

/** The seed of the ids and the order of the full quiz in class: the lesson's, as on the slides. */
export const CLASS_SEED = LESSON_SEED

interface QuizOrder {
  /** In the lesson's order, each with its options in the lesson's order: as the students see them. */
  readonly questions: readonly Question[]
  readonly shown: readonly ShownQuestion[]
  /** The same questions by id: a response in the widget's ids is read back against these. */
  readonly byId: ReadonlyMap<string, Question>
}

/** The quiz's questions in order and as shown, computed once per quiz (the bank does not change while serving). */
const orders = new WeakMap<ReadonlyMap<string, Question>, QuizOrder>()

/** The full quiz's questions in the lesson's order, and as a student's device shows them. */
export function quizOrder(state: LiveState): QuizOrder {
  let order = orders.get(state.quiz)
  if (!order) {
    const questions = attemptOrder([...state.quiz.values()], CLASS_SEED)
    order = { questions, shown: questions.map(q => showQuestion(q, CLASS_SEED)), byId: new Map(questions.map(q => [q.id, q])) }
    orders.set(state.quiz, order)
  }
  return order
}

/** One question of a student's full quiz: its feedback, and the points it counts (undefined while the teacher has not marked it). */
export interface ScoredQuestion {
  readonly question: Question
  readonly response: QuizResponse | undefined
  readonly view: FeedbackView
  readonly score: number | undefined
  readonly max: number
}

/** One question of a student's full quiz with its points only: what the class report needs, without the feedback's words. */
export type QuestionScore = Omit<ScoredQuestion, 'view'>

/**
 * Every question of a student's full quiz with its points, the teacher's marks counted: as
 * {@link scoredQuiz}, but without building the feedback a student reads, which the class report
 * (19,000 answers for 500 students) does not show and would spend most of its time on.
 */
export function quizScores(state: LiveState, studentId: string): QuestionScore[] {
  const answers = state.attempts.get(studentId)?.answers
  return quizOrder(state).questions.map((question) => {
    const response = answers?.get(question.id)
    const max = question.points
    if (response === undefined)
      return { question, response, score: 0, max }
    if (markedByTeacher(question.kind))
      return { question, response, score: state.marks.get(markKey(studentId, question.id))?.points, max }
    const graded = grade(question, response)
    return { question, response, score: graded.ok ? graded.score : 0, max }
  })
}

/** Every question of a student's full quiz, graded, with the teacher's marks. */
export function scoredQuiz(state: LiveState, studentId: string): ScoredQuestion[] {
  const answers = state.attempts.get(studentId)?.answers
  return quizOrder(state).questions.map((question) => {
    const response = answers?.get(question.id)
    const plain = feedbackView(question, response)
    const mark = state.marks.get(markKey(studentId, question.id))
    const view = plain.status === 'teacher' && mark ? markedView(plain, mark, question.points) : plain
    const score = plain.status === 'teacher' ? mark?.points : view.points?.score ?? 0
    return { question, response, view, score, max: question.points }
  })
}

/** A student's results: every question's feedback, the points so far, and the points still to mark. */
export function quizResults(state: LiveState, studentId: string): QuizResults {
  const scored = scoredQuiz(state, studentId)
  return {
    questions: Object.fromEntries(scored.map(s => [s.question.id, s.view])),
    score: round2(scored.reduce((sum, s) => sum + (s.score ?? 0), 0)),
    max: round2(scored.reduce((sum, s) => sum + s.max, 0)),
    toMark: round2(scored.reduce((sum, s) => sum + (s.score === undefined ? s.max : 0), 0)),
  }
}

/** What one student's page shows of the full quiz; undefined for an unknown student. */
export function studentQuizView(state: LiveState, studentId: string): ClassQuiz | undefined {
  const student = state.students.get(studentId)
  if (!student)
    return undefined
  const { questions, shown } = quizOrder(state)
  const attempt = state.attempts.get(studentId)
  const answers: Record<string, QuizResponse> = {}
  for (const question of questions) {
    const response = attempt?.answers.get(question.id)
    if (response)
      answers[question.id] = toShownResponse(question, CLASS_SEED, response)
  }
  const view: ClassQuiz = {
    questions: [...shown],
    answers,
    feedback: state.feedbackPolicy,
    you: { studentId: student.studentId, nickname: student.nickname, number: student.number },
  }
  if (attempt?.handedInAt !== undefined) {
    view.handedInAt = attempt.handedInAt
    if (feedbackReleased(state))
      view.results = quizResults(state, studentId)
  }
  return view
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** A written answer for the teacher to mark, with its marking guide and the mark so far. */
export interface WrittenAnswer {
  readonly studentId: string
  readonly name: string
  readonly number: number
  readonly questionId: string
  readonly prompt: string
  readonly answer: string
  /** The marking guide: one point to tick for each. */
  readonly rubric: readonly string[]
  /** The guide's quality levels, from full marks down to 0. */
  readonly levels: readonly { readonly points: number, readonly means: string }[]
  /** An answer that meets the guide. */
  readonly sample: string
  readonly max: number
  readonly handedIn: boolean
  readonly mark: StoredMark | undefined
}

/** Every written answer of the full quiz, question by question, in joining order: what the teacher marks. */
export function writtenAnswers(state: LiveState): WrittenAnswer[] {
  return quizOrder(state).questions.flatMap((question) => {
    if (question.kind !== 'open')
      return []
    return [...state.students.values()].flatMap((student) => {
      const attempt = state.attempts.get(student.studentId)
      const response = attempt?.answers.get(question.id)
      if (response?.kind !== 'open' || response.text.trim() === '')
        return []
      return [{
        studentId: student.studentId,
        name: studentName(student.nickname, student.number),
        number: student.number,
        questionId: question.id,
        prompt: question.prompt,
        answer: response.text,
        rubric: question.rubric,
        levels: question.levels,
        sample: question.sample,
        max: question.points,
        handedIn: attempt?.handedInAt !== undefined,
        mark: state.marks.get(markKey(student.studentId, question.id)),
      }]
    })
  })
}
