// The quiz's types, all derived from the valibot schemas of the kind modules (quiz/kinds/), so that
// the compiler and the run-time checks cannot disagree. This module only names them.
import type { Question, QuestionOf, ResponseOf } from './kinds'

export type { Question, QuestionKind, QuestionOf, QuizResponse, ResponseOf, ShownOf } from './kinds'
export type { ChoiceOption } from './kinds/choice'
export type { MatchingPair } from './kinds/matching'
export type { OrderingItem } from './kinds/ordering'
export type { QuestionBase } from './schema'

/** Choose the one right option of 3–5. */
export type SingleQuestion = QuestionOf<'single'>

/** Choose every right option. */
export type MultipleQuestion = QuestionOf<'multiple'>

/** Decide whether a statement is true. */
export type TrueFalseQuestion = QuestionOf<'true-false'>

/** Match each left item to its right item. */
export type MatchingQuestion = QuestionOf<'matching'>

/** Put 3–6 items in order. */
export type OrderingQuestion = QuestionOf<'ordering'>

/** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
export type ShortQuestion = QuestionOf<'short'>

/** Write a few sentences, marked by the teacher against a rubric. */
export type OpenQuestion = QuestionOf<'open'>

/** The answer to a `single` question: the id of the chosen option. */
export type SingleResponse = ResponseOf<'single'>

/** The answer to a `multiple` question: the ids of the chosen options. */
export type MultipleResponse = ResponseOf<'multiple'>

/** The answer to a `true-false` question. */
export type TrueFalseResponse = ResponseOf<'true-false'>

/**
 * The answer to a `matching` question: for each pair id (its left item), the id of the pair
 * whose right item the student chose. A left item left out counts as wrong.
 */
export type MatchingResponse = ResponseOf<'matching'>

/** The answer to an `ordering` question: every item id, in the student's order. */
export type OrderingResponse = ResponseOf<'ordering'>

/** The answer to a `short` question: what the student typed. */
export type ShortResponse = ResponseOf<'short'>

/** The answer to an `open` question: what the student wrote. */
export type OpenResponse = ResponseOf<'open'>

/** A bank of questions. */
export type Bank = readonly Question[]
