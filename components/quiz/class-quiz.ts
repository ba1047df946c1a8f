// What the quiz handed in to the classroom server keeps on the student's device: their answers (in the
// widget's ids), which of them the server has not confirmed yet, and a hand-in asked for while the
// connection was down. Kept per student, so a reload or a dropped connection loses nothing; Vue-free.
import type { QuizResponse } from '../../quiz/types'
import * as v from 'valibot'
import { ResponseSchema } from '../../quiz/kinds'

/** Where one student's quiz is kept on the device. */
export function classQuizKey(studentId: string): string {
  return `chinese-tech-lesson:class-quiz:${studentId}`
}

/** What is kept. */
export interface KeptQuiz {
  /** Every answer given, by question id, in the widget's ids. */
  readonly answers: Readonly<Record<string, QuizResponse>>
  /** Questions whose latest answer the server has not confirmed. */
  readonly unsent: readonly string[]
  /** "Hand in" was asked for, and not yet confirmed. */
  readonly handIn: boolean
}

const KeptQuizSchema = v.object({
  answers: v.record(v.string(), ResponseSchema),
  unsent: v.array(v.string()),
  handIn: v.boolean(),
})

/** Nothing kept yet. */
export const NOTHING_KEPT: KeptQuiz = { answers: {}, unsent: [], handIn: false }

/** What was kept, or why it cannot be used (damaged): then nothing is taken from it. */
export function readKept(text: string | null): { ok: true, value: KeptQuiz } | { ok: false } {
  if (text === null)
    return { ok: true, value: NOTHING_KEPT }
  try {
    const parsed = v.safeParse(KeptQuizSchema, JSON.parse(text))
    return parsed.success ? { ok: true, value: parsed.output } : { ok: false }
  }
  catch {
    return { ok: false }
  }
}

/** The answers to show: the server's, with the device's unconfirmed ones over them (they are newer). */
export function mergedAnswers(server: Readonly<Record<string, QuizResponse>>, kept: KeptQuiz): Record<string, QuizResponse> {
  const merged: Record<string, QuizResponse> = { ...server }
  for (const id of kept.unsent) {
    const mine = kept.answers[id]
    if (mine)
      merged[id] = mine
  }
  return merged
}

/** The kept quiz after an answer is given: it waits to be sent. */
export function withAnswer(kept: KeptQuiz, questionId: string, response: QuizResponse): KeptQuiz {
  return {
    ...kept,
    answers: { ...kept.answers, [questionId]: response },
    unsent: kept.unsent.includes(questionId) ? kept.unsent : [...kept.unsent, questionId],
  }
}

/** The kept quiz after the server confirmed `response` for a question: sent, unless it changed meanwhile. */
export function withConfirmed(kept: KeptQuiz, questionId: string, response: QuizResponse): KeptQuiz {
  if (JSON.stringify(kept.answers[questionId]) !== JSON.stringify(response))
    return kept
  return { ...kept, unsent: kept.unsent.filter(id => id !== questionId) }
}

/**
 * What waits on the device while there is no connection: "No connection: 3 answers are kept on this
 * device, …". Short, so that it fits the two lines the page keeps for it on a phone.
 */
export function waitingWords(unsent: number, handIn: boolean): string {
  if (unsent === 0 && !handIn)
    return ''
  const answers = unsent === 0 ? '' : `${unsent} ${unsent === 1 ? 'answer' : 'answers'}`
  const what = handIn ? (answers ? `${answers} and your hand-in are` : 'your hand-in is') : `${answers} ${unsent === 1 ? 'is' : 'are'}`
  return `No connection: ${what} kept on this device, sent when it is back.`
}
