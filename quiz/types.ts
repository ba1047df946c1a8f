// The quiz's types, derived from the valibot schemas in quiz/schema.ts so that the compiler and
// the run-time checks cannot disagree.
import type * as v from 'valibot'
import type {
  ChoiceOptionSchema,
  MatchingPairSchema,
  OrderingItemSchema,
  QUESTION_SCHEMAS,
  QuestionBaseSchema,
  RESPONSE_SCHEMAS,
} from './schema'

/** Every kind of question, in the order the README lists them. */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'matching', 'ordering', 'short', 'open'] as const

/** The kind of a question; tags the `Question` union. */
export type QuestionKind = typeof QUESTION_KINDS[number]

/** Whether a value is one of the question kinds (an own entry of the list, so "constructor" is not). */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value)
}

/** Fields every question has: id, part, slide, objective, prompt, explanation, points. */
export type QuestionBase = v.InferOutput<typeof QuestionBaseSchema>

/** An option of a `single` or `multiple` question. */
export type ChoiceOption = v.InferOutput<typeof ChoiceOptionSchema>

/** A pair of a `matching` question: `left` goes with `right`. */
export type MatchingPair = v.InferOutput<typeof MatchingPairSchema>

/** An item of an `ordering` question. */
export type OrderingItem = v.InferOutput<typeof OrderingItemSchema>

/** The question of one kind, as its schema in `QUESTION_SCHEMAS` reads it. */
type QuestionOfSchema<K extends QuestionKind> = v.InferOutput<typeof QUESTION_SCHEMAS[K]>

/** Choose the one right option of 3–5. */
export type SingleQuestion = QuestionOfSchema<'single'>

/** Choose every right option. */
export type MultipleQuestion = QuestionOfSchema<'multiple'>

/** Decide whether a statement is true. */
export type TrueFalseQuestion = QuestionOfSchema<'true-false'>

/** Match each left item to its right item. */
export type MatchingQuestion = QuestionOfSchema<'matching'>

/** Put 3–6 items in order. */
export type OrderingQuestion = QuestionOfSchema<'ordering'>

/** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
export type ShortQuestion = QuestionOfSchema<'short'>

/** Write a few sentences, marked by the teacher against a rubric. */
export type OpenQuestion = QuestionOfSchema<'open'>

/** A quiz question, tagged by `kind`. */
export type Question = { [K in QuestionKind]: QuestionOfSchema<K> }[QuestionKind]

/** The question of one kind. */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { readonly kind: K }>

/** The response to a question of one kind, as its schema in `RESPONSE_SCHEMAS` reads it. */
type ResponseOfSchema<K extends QuestionKind> = Readonly<v.InferOutput<typeof RESPONSE_SCHEMAS[K]>>

/** The answer to a `single` question: the id of the chosen option. */
export type SingleResponse = ResponseOfSchema<'single'>

/** The answer to a `multiple` question: the ids of the chosen options. */
export type MultipleResponse = ResponseOfSchema<'multiple'>

/** The answer to a `true-false` question. */
export type TrueFalseResponse = ResponseOfSchema<'true-false'>

/**
 * The answer to a `matching` question: for each pair id (its left item), the id of the pair
 * whose right item the student chose. A left item left out counts as wrong.
 */
export type MatchingResponse = ResponseOfSchema<'matching'>

/** The answer to an `ordering` question: every item id, in the student's order. */
export type OrderingResponse = ResponseOfSchema<'ordering'>

/** The answer to a `short` question: what the student typed. */
export type ShortResponse = ResponseOfSchema<'short'>

/** The answer to an `open` question: what the student wrote. */
export type OpenResponse = ResponseOfSchema<'open'>

/** A student's answer to one question, tagged by the question's `kind`. */
export type QuizResponse = { [K in QuestionKind]: ResponseOfSchema<K> }[QuestionKind]

/** The response that answers a question of kind `K`. */
export type ResponseOf<K extends QuestionKind> = Extract<QuizResponse, { readonly kind: K }>

/** A bank of questions. */
export type Bank = readonly Question[]
