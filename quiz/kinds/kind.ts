// What a question kind is to the quiz core: one module per kind (quiz/kinds/<kind>.ts) implements
// this contract, and quiz/kinds/index.ts lists them. Everything the core does with a question —
// validate, grade, shuffle, put in words, print, export — goes through the kind's module, as Moodle's
// question types (`question/type/<name>/`) and H5P's content types do. The answer widget a person
// uses lives apart, in components/quiz/answers/, because the core never imports Vue.
import type * as v from 'valibot'
import type { LetteredLine } from '../letters'
import type { QuestionBase } from '../schema'

/** A problem a kind's rules find in a question: the field, as a path, and what is wrong. */
export type Problem = readonly [field: string, message: string]

/** Why a response could not be graded. */
export type GradeErrorCode
  /** The response is for another kind of question. */
  = | 'wrong-kind'
  /** The response is not shaped like a response of its kind. */
    | 'malformed'
  /** The response names an option, pair or item the question does not have. */
    | 'unknown-id'
  /** The response names the same option or item twice. */
    | 'duplicate-id'
  /** An ordering response leaves out some items. */
    | 'incomplete'

/** How a response scores: the fraction of the points earned, and what to tell the student. */
export interface Outcome {
  /** Between 0 and 1. */
  readonly fraction: number
  readonly feedback: readonly string[]
}

/** An option or item as an answer widget shows it: its id (what a response names) and its text, never whether it is right. */
export interface ShownOption {
  readonly id: string
  readonly text: string
}

/** A question laid out for a slide or a worksheet: what to read and, separately, the answer. */
export interface Worksheet {
  /** How to answer, in a few words ("Choose one."). */
  readonly instruction: string
  /** Items the class works with in a matching question (numbered 1, 2, …), else empty. */
  readonly items: readonly LetteredLine[]
  /** The lettered options (A, B, …); empty where the answer is written. */
  readonly options: readonly LetteredLine[]
  /** The answer, in letters where there are letters ("B", "1 → C, 2 → A", "C, A, B"). */
  readonly answer: string
  /** A line to write the answer on: on the slide and the paper, on paper only, or none. */
  readonly writeIn: 'always' | 'print' | 'none'
}

/** A question's part of a GIFT block: the lines inside the braces, and its prompt when it differs from the bank's. */
export interface GiftParts {
  readonly prompt?: string
  readonly answers: readonly string[]
}

/** A question's part of Moodle XML: the question type, the elements after the common ones, and its prompt when it differs. */
export interface MoodleXmlParts {
  readonly type: string
  readonly prompt?: string
  readonly lines: readonly string[]
}

/**
 * What the live quiz needs of a kind a phone answers with a tap: the options answers are counted
 * under (the projector's bars), the options a response chooses, and the right ones.
 */
export interface LiveParts<Q, R> {
  readonly options: (question: Q) => readonly ShownOption[]
  readonly chosen: (response: R) => readonly string[]
  readonly right: (question: Q) => readonly string[]
}

/** The rules of a kind that relate its fields (counts, repeats, references), run only when the fields they read parsed. */
export interface KindRules<Q> {
  readonly reads: readonly string[]
  readonly check: (question: Q) => Iterable<Problem>
}

/**
 * Everything the quiz core knows about one kind of question `Q`, answered by responses `R`, and
 * shown to a student by its answer widget as `S` (the question without its answer).
 */
export interface QuestionKindModule<Q extends QuestionBase & { readonly kind: string }, R extends { readonly kind: Q['kind'] }, S extends object> {
  readonly kind: Q['kind']
  /** The question's shape. */
  readonly question: v.GenericSchema<unknown, Q>
  /** A response's shape: what a form, a saved attempt or an HTTP request must send. */
  readonly response: v.GenericSchema<unknown, R>
  /** The kind in a few words, for the answer key: "single choice". */
  readonly label: string
  /** How to answer, shown under the prompt. */
  readonly hint: string
  /** What a fully right answer is worth (quiz/points.ts states the rule). */
  readonly points: number
  /** Set when the teacher marks the answer: it is out of the automatic score. */
  readonly byTeacher?: true
  /** The longest typed text a response may hold, in characters, where the student types. */
  readonly textLimit?: number
  /** How to count partial credit, in a sentence for the answer key; none for all-or-nothing. */
  readonly partialCredit?: string
  readonly rules: KindRules<Q>
  /** What is wrong with the ids a response names, if anything. */
  readonly checkIds: (question: Q, response: R) => readonly [GradeErrorCode, string] | undefined
  /** The fraction of the points a response whose ids are right earns, and what to tell the student. */
  readonly score: (question: Q, response: R) => Outcome
  /** The fully right response (for an open answer, the sample). */
  readonly correctResponse: (question: Q) => R
  /** Whether the student has given an answer worth checking, judged from what the widget shows. */
  readonly hasAnswer: (shown: S, response: R) => boolean
  /** The answer the widget shows before the student acts, when it shows one (an ordering's first order). */
  readonly initialResponse?: (shown: S) => R
  /** The question with its options, pairs or items in a new order (`key` seeds it); grading is unchanged. */
  readonly shuffle: (question: Q, key: string) => Q
  /**
   * What the answer widget shows of the question, in the order given: never which answer is right.
   * Options and a matching question's right column go under ids that say nothing ("o2", "c3"), so a
   * student's device never holds an id that names the right one; `seed` orders the right column.
   */
  readonly shown: (question: Q, seed: string) => S
  /** What `shown` gives, as a schema: for a page that gets its questions from the classroom server. */
  readonly shownSchema: v.GenericSchema<unknown, S>
  /** A response in the bank's ids as the widget names it (`shown`'s ids). */
  readonly toShown: (question: Q, seed: string, response: R) => R
  /** A response the widget gave, in `shown`'s ids, back in the bank's ids; an id it does not know is kept, for grading to refuse. */
  readonly fromShown: (question: Q, seed: string, response: R) => R
  /** A response in words, as the student would read it back. */
  readonly responseText: (question: Q, response: R) => string
  /** The right answer in words, shown after checking and on a slide's reveal. */
  readonly correctText: (question: Q) => string
  /** The question on a slide or a worksheet, lettered in the order given. */
  readonly worksheet: (question: Q) => Worksheet
  readonly gift: (question: Q) => GiftParts
  readonly moodleXml: (question: Q) => MoodleXmlParts
  /** The answer key's lines for the question's answer. */
  readonly key: (question: Q) => readonly string[]
  /** Present when the kind can be asked live, on phones. */
  readonly live?: LiveParts<Q, R>
}
