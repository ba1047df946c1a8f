// How a question is put before a student, whatever its kind: the question as their device may hold
// it (`ShownQuestion`: its prompt and what its widget shows, never the answer), the hint under the
// prompt, the answer a widget starts with, whether an answer has been given, a response translated
// between the bank's ids and the widget's, and the question laid out for a slide or a worksheet.
// Each kind's module says how.
import type { PartId } from '../content/parts'
import type { SlideId } from '../content/slides'
import type { Worksheet } from './kinds/kind'
import type { Question, QuestionKind, QuizResponse, ShownOf } from './types'
import * as v from 'valibot'
import { PART_IDS } from '../content/parts'
import { SLIDE_IDS } from '../content/slides'
import { kindOf, KINDS, QUESTION_KINDS } from './kinds'

export type { ShownOption, Worksheet } from './kinds/kind'

/** A question as a student's device may hold it: what it asks and what its widget shows, never the answer. */
export type ShownQuestion = { [K in QuestionKind]: {
  readonly id: string
  readonly kind: K
  readonly prompt: string
  readonly points: number
  readonly part: PartId
  readonly slide: SlideId
  readonly shown: ShownOf<K>
} }[QuestionKind]

/** `ShownQuestion` as a schema, for a page that gets its questions from the classroom server. */
export const ShownQuestionSchema = v.variant('kind', QUESTION_KINDS.map(kind => v.object({
  id: v.string(),
  kind: v.literal(kind),
  prompt: v.string(),
  points: v.number(),
  part: v.picklist(PART_IDS),
  slide: v.picklist(SLIDE_IDS),
  shown: KINDS[kind].shownSchema,
})) as unknown as [v.ObjectSchema<{ readonly kind: v.LiteralSchema<string, undefined> }, undefined>]) as unknown as v.GenericSchema<unknown, ShownQuestion>

/** The question as its widget shows it; `seed` orders a matching question's right column. */
export function showQuestion(question: Question, seed: string): ShownQuestion {
  const { id, kind, prompt, points, part, slide } = question
  return { id, kind, prompt, points, part, slide, shown: kindOf(question.kind).shown(question, seed) } as ShownQuestion
}

/** A response in the bank's ids, as the question's widget names it. */
export function toShownResponse(question: Question, seed: string, response: QuizResponse): QuizResponse {
  return response.kind === question.kind ? kindOf(question.kind).toShown(question, seed, response) : response
}

/** A response a widget gave, back in the bank's ids (what grading, saving and the journal use). */
export function fromShownResponse(question: Question, seed: string, response: QuizResponse): QuizResponse {
  return response.kind === question.kind ? kindOf(question.kind).fromShown(question, seed, response) : response
}

/** How to answer a question of this kind, shown under its prompt. */
export function answerHint(kind: QuestionKind): string {
  return KINDS[kind].hint
}

/** Whether the teacher marks this kind's answers (an open answer): they are handed in, not checked. */
export function markedByTeacher(kind: QuestionKind): boolean {
  return KINDS[kind].byTeacher === true
}

/** The answer the widget starts with, when it shows one before the student acts (an ordering's first order). */
export function initialResponse(question: ShownQuestion): QuizResponse | undefined {
  return kindOf(question.kind).initialResponse?.(question.shown)
}

/**
 * Whether the student has given an answer worth checking: an option chosen, every item matched,
 * some text typed, a number. An ordering question always has one (the order on screen).
 */
export function hasAnswer(question: ShownQuestion, response: QuizResponse | undefined): boolean {
  if (!response || response.kind !== question.kind)
    return false
  return kindOf(question.kind).hasAnswer(question.shown, response)
}

/**
 * The question as the class sees it on a slide: options lettered in the order given (shuffle the
 * question first for a different order), and the answer written with those letters.
 */
export function worksheet(question: Question): Worksheet {
  return kindOf(question.kind).worksheet(question)
}
