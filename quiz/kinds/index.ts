// The registry of question kinds: one module per kind, each holding everything the quiz core knows
// about it (see kind.ts). The rest of quiz/ looks a kind up here instead of switching on `kind`, and
// the question and response types are derived from the modules' schemas. To add a kind, write its
// module, list it below, and give it a widget in components/quiz/answers/index.ts
// (docs/development.md, "Add a question kind").
import type { LiveParts, QuestionKindModule } from './kind'
import * as v from 'valibot'
import { describeValue } from '../guards'
import { matching } from './matching'
import { multiple } from './multiple'
import { numeric } from './numeric'
import { open } from './open'
import { ordering } from './ordering'
import { short } from './short'
import { single } from './single'
import { trueFalse } from './true-false'

/** Checks that each module is listed under its own kind. */
function registry<const T extends { readonly [K in keyof T]: { readonly kind: K } }>(kinds: T): T {
  return kinds
}

/** Every kind of question, by kind, in the order the docs list them. */
export const KINDS = registry({
  'single': single,
  'multiple': multiple,
  'true-false': trueFalse,
  'matching': matching,
  'ordering': ordering,
  'short': short,
  'numeric': numeric,
  'open': open,
})

/** The kind of a question; tags the `Question` union. */
export type QuestionKind = keyof typeof KINDS

/** Every kind of question, in the registry's order. */
export const QUESTION_KINDS = Object.keys(KINDS) as readonly QuestionKind[]

/** Whether a value is one of the question kinds (an own key of the registry, so "constructor" is not). */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value)
}

/** The question of one kind, as its module's schema reads it. */
export type QuestionOf<K extends QuestionKind> = v.InferOutput<typeof KINDS[K]['question']>

/** The response to a question of one kind, as its module's schema reads it. */
export type ResponseOf<K extends QuestionKind> = v.InferOutput<typeof KINDS[K]['response']>

/** What the answer widget of one kind shows of a question: never its answer. */
export type ShownOf<K extends QuestionKind> = ReturnType<typeof KINDS[K]['shown']>

/** A quiz question, tagged by `kind`. */
export type Question = { [K in QuestionKind]: QuestionOf<K> }[QuestionKind]

/** A student's answer to one question, tagged by the question's `kind`. */
export type QuizResponse = { [K in QuestionKind]: ResponseOf<K> }[QuestionKind]

/** The module of one kind, typed for that kind's questions and responses. */
export type KindModuleOf<K extends QuestionKind> = QuestionKindModule<QuestionOf<K>, ResponseOf<K>, ShownOf<K>>

/** The module of a kind. TypeScript cannot follow a generic kind into the registry, hence the one cast. */
export function kindOf<K extends QuestionKind>(kind: K): KindModuleOf<K> {
  return KINDS[kind] as unknown as KindModuleOf<K>
}

/** The kinds a live quiz asks: those whose module says how a phone answers them with a tap. */
export type LiveKind = { [K in QuestionKind]: typeof KINDS[K] extends { readonly live: object } ? K : never }[QuestionKind]

/** The kinds a live quiz asks, in the registry's order. */
export const LIVE_KINDS = QUESTION_KINDS.filter((kind): kind is LiveKind => KINDS[kind].live !== undefined)

/**
 * A schema for a response to any of these kinds, told apart by `kind`: valibot's `variant` over the
 * kinds' response schemas, so an unknown kind gets `unknownKind` and a known one its own messages.
 */
export function responseOfKinds<K extends QuestionKind>(kinds: readonly K[], unknownKind: (issue: v.VariantIssue) => string): v.GenericSchema<unknown, ResponseOf<K>> {
  // Every response schema is a `responseSchema()` object (quiz/schema.ts), as `variant` needs; the
  // modules declare it only by its output, hence the casts.
  const options = kinds.map(kind => KINDS[kind].response) as unknown as [v.StrictObjectSchema<{ readonly kind: v.LiteralSchema<string, undefined> }, undefined>]
  return v.variant('kind', options, unknownKind) as unknown as v.GenericSchema<unknown, ResponseOf<K>>
}

/** A response to a question of any kind, told apart by `kind`. */
export const ResponseSchema = responseOfKinds(QUESTION_KINDS, issue => `unknown kind ${describeValue(issue.input)}`)

/** The module of a live kind, with its live parts. */
export type LiveModuleOf<K extends LiveKind> = KindModuleOf<K> & { readonly live: LiveParts<QuestionOf<K>, ResponseOf<K>> }

/** The module of a live kind, typed with its live parts (the registry's type says every live kind has them). */
export function liveKindOf<K extends LiveKind>(kind: K): LiveModuleOf<K> {
  return KINDS[kind] as unknown as LiveModuleOf<K>
}
