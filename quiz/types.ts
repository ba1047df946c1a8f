import type { PartId } from '../content/parts'
import type { SlideId } from '../content/slides'

/** Every kind of question, in the order the README lists them. */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false', 'matching', 'ordering', 'short'] as const

/** The kind of a question; tags the `Question` union. */
export type QuestionKind = typeof QUESTION_KINDS[number]

/** Fields every question has. */
export interface QuestionBase {
  /** Stable kebab-case id; also the question's title in exports. */
  readonly id: string
  /** The part of the lesson the question checks. */
  readonly part: PartId
  /** The slide where the answer is taught (its `routeAlias`). */
  readonly slide: SlideId
  /** The question as the student reads it. */
  readonly prompt: string
  /** Why the right answer is right, naming the slide where it is taught. */
  readonly explanation: string
  /** What a fully right answer is worth; positive. */
  readonly points: number
}

/** An option of a `single` or `multiple` question. */
export interface ChoiceOption {
  /** Id unique within the question; responses refer to options by id, never by position. */
  readonly id: string
  /** The option as the student reads it. */
  readonly text: string
  /** Whether choosing it is right. */
  readonly correct: boolean
  /** Shown to a student who chose it. */
  readonly feedback?: string
}

/** Choose the one right option of 3–5. */
export interface SingleQuestion extends QuestionBase {
  readonly kind: 'single'
  /** The options; exactly one is correct. */
  readonly options: readonly ChoiceOption[]
}

/** Choose every right option. */
export interface MultipleQuestion extends QuestionBase {
  readonly kind: 'multiple'
  /** The options; at least one is correct. */
  readonly options: readonly ChoiceOption[]
}

/** Decide whether a statement is true. */
export interface TrueFalseQuestion extends QuestionBase {
  readonly kind: 'true-false'
  /** Whether the statement in the prompt is true. */
  readonly answer: boolean
  /** Shown to a student who answered `true` or `false`. */
  readonly feedback?: { readonly true?: string, readonly false?: string }
}

/** A pair of a `matching` question: `left` goes with `right`. */
export interface MatchingPair {
  /** Id unique within the question; names both sides of the pair. */
  readonly id: string
  /** The item the student sees fixed (for example the US company). */
  readonly left: string
  /** The item the student picks for it (for example the Chinese winner). */
  readonly right: string
}

/** Match each left item to its right item. */
export interface MatchingQuestion extends QuestionBase {
  readonly kind: 'matching'
  /** The pairs; at least 2, no side repeated. */
  readonly pairs: readonly MatchingPair[]
}

/** An item of an `ordering` question. */
export interface OrderingItem {
  /** Id unique within the question. */
  readonly id: string
  /** The item as the student reads it. */
  readonly text: string
}

/** Put 3–6 items in order. */
export interface OrderingQuestion extends QuestionBase {
  readonly kind: 'ordering'
  /** The items in the order they are shown (any order). */
  readonly items: readonly OrderingItem[]
  /** The item ids in the right order (first to last). */
  readonly answer: readonly string[]
}

/** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
export interface ShortQuestion extends QuestionBase {
  readonly kind: 'short'
  /** Every answer accepted as right. */
  readonly accepted: readonly string[]
  /** Shown after a right or a wrong answer. */
  readonly feedback?: { readonly correct?: string, readonly incorrect?: string }
}

/** A quiz question, tagged by `kind`. */
export type Question
  = | SingleQuestion
    | MultipleQuestion
    | TrueFalseQuestion
    | MatchingQuestion
    | OrderingQuestion
    | ShortQuestion

/** The question of one kind. */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { readonly kind: K }>

/** The answer to a `single` question: the id of the chosen option. */
export interface SingleResponse {
  readonly kind: 'single'
  readonly optionId: string
}

/** The answer to a `multiple` question: the ids of the chosen options. */
export interface MultipleResponse {
  readonly kind: 'multiple'
  readonly optionIds: readonly string[]
}

/** The answer to a `true-false` question. */
export interface TrueFalseResponse {
  readonly kind: 'true-false'
  readonly value: boolean
}

/**
 * The answer to a `matching` question: for each pair id (its left item), the id of the pair
 * whose right item the student chose. A left item left out counts as wrong.
 */
export interface MatchingResponse {
  readonly kind: 'matching'
  readonly matches: Readonly<Record<string, string>>
}

/** The answer to an `ordering` question: every item id, in the student's order. */
export interface OrderingResponse {
  readonly kind: 'ordering'
  readonly order: readonly string[]
}

/** The answer to a `short` question: what the student typed. */
export interface ShortResponse {
  readonly kind: 'short'
  readonly text: string
}

/** A student's answer to one question, tagged by the question's `kind`. */
export type QuizResponse
  = | SingleResponse
    | MultipleResponse
    | TrueFalseResponse
    | MatchingResponse
    | OrderingResponse
    | ShortResponse

/** The response that answers a question of kind `K`. */
export type ResponseOf<K extends QuestionKind> = Extract<QuizResponse, { readonly kind: K }>

/** A bank of questions. */
export type Bank = readonly Question[]
