// How a question is put before a student, whatever its kind: the hint under the prompt, what its
// answer widget shows (never the answer), the answer it starts with, whether an answer has been
// given, and the question laid out for a slide or a worksheet. Each kind's module says how.
import type { Worksheet } from './kinds/kind'
import type { Question, QuizResponse, ShownOf } from './types'
import { kindOf } from './kinds'

export type { ShownOption, Worksheet } from './kinds/kind'

/** How to answer the question, shown under its prompt. */
export function answerHint(question: Question): string {
  return kindOf(question.kind).hint
}

/** Whether the teacher marks the question's answer (an open answer): it is handed in, not checked. */
export function markedByTeacher(question: Question): boolean {
  return kindOf(question.kind).byTeacher === true
}

/** What the question's answer widget shows: its options, items or nothing, never which is right. `seed` orders a matching question's right column. */
export function shownQuestion<Q extends Question>(question: Q, seed: string): ShownOf<Q['kind']> {
  return kindOf<Q['kind']>(question.kind).shown(question, seed)
}

/** The answer the widget starts with, when it shows one before the student acts (an ordering's first order). */
export function initialResponse(question: Question): QuizResponse | undefined {
  return kindOf(question.kind).initialResponse?.(question)
}

/**
 * Whether the student has given an answer worth checking: an option chosen, every item matched,
 * some text typed. An ordering question always has one (the order on screen).
 */
export function hasAnswer(question: Question, response: QuizResponse | undefined): boolean {
  if (!response || response.kind !== question.kind)
    return false
  return kindOf(question.kind).hasAnswer(question, response)
}

/**
 * The question as the class sees it on a slide: options lettered in the order given (shuffle the
 * question first for a different order), and the answer written with those letters.
 */
export function worksheet(question: Question): Worksheet {
  return kindOf(question.kind).worksheet(question)
}
