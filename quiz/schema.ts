// The shapes of questions and responses, written once as valibot schemas; quiz/types.ts derives
// the TypeScript types from them. Schemas say what each field is; how fields relate (counts,
// repeats, references between fields) is checked by the rules in quiz/validate.ts.
import type { QuestionKind } from './types'
import * as v from 'valibot'
import { OBJECTIVE_IDS } from '../content/objectives'
import { PART_IDS } from '../content/parts'
import { SLIDE_IDS } from '../content/slides'
import { describeValue, isRecord } from './guards'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "must be a string, not number": the message for a value of the wrong type. */
function mustBe(what: string) {
  return (issue: v.BaseIssue<unknown>): string => `must be ${what}, not ${describeValue(issue.input)}`
}

function hasText(text: string): boolean {
  return text.trim() !== ''
}

/** The static type of an exact object: the same as `v.pipe(v.object(entries), v.readonly())`'s. */
type ExactSchema<TEntries extends v.ObjectEntries> = v.GenericSchema<unknown, Readonly<v.InferOutput<v.ObjectSchema<TEntries, undefined>>>>

/**
 * An object with exactly these entries. Unlike `v.strictObject`, which stops at the first stray
 * key, every stray key is reported (`__proto__` and `constructor` too) and the entries are still
 * checked, so a bank file's author sees every problem at once.
 */
function exact<const TEntries extends v.ObjectEntries>(entries: TEntries, stray: string): ExactSchema<TEntries> {
  const known: v.ObjectEntries = entries
  const onlyKnown = v.pipe(
    v.unknown(),
    v.rawCheck(({ dataset, addIssue }) => {
      const input = dataset.value as Record<string, unknown>
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(known, key))
          addIssue({ message: stray, path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] })
      }
    }),
    // Adds nothing: the output is the entries alone.
    v.transform(() => ({})),
  )
  const schema: v.GenericSchema = v.pipe(
    // Arrays are objects to `v.object`; not here.
    v.custom<Record<string, unknown>>(isRecord, mustBe('an object')),
    v.intersect([v.object(known, 'is missing'), onlyKnown]),
  )
  // The compiler cannot follow the intersection to its output, which is `v.object(entries)`'s.
  return schema as ExactSchema<TEntries>
}

function list<const TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(v.array(item, mustBe('an array')), v.readonly<v.InferOutput<TItem>[]>())
}

/** A kebab-case id: of a question, or of an option, pair or item within one. */
const IdSchema = v.pipe(
  v.string(mustBe('a kebab-case id')),
  v.regex(KEBAB, issue => `${describeValue(issue.input)} is not kebab-case`),
)

/** Text the student reads: a string with something in it. */
const TextSchema = v.pipe(v.string(mustBe('a string')), v.check(hasText, 'is empty'))

/** Optional text such as feedback: absent, or a string with something in it. */
const OptionalTextSchema = v.optional(v.pipe(
  v.string(mustBe('a non-empty string')),
  v.check(hasText, mustBe('a non-empty string')),
))

const BooleanSchema = v.boolean(mustBe('true or false'))

function pointsMessage(issue: v.BaseIssue<unknown>): string {
  return `must be a positive number, not ${describeValue(issue.input)}${typeof issue.input === 'number' ? ` (${issue.input})` : ''}`
}

/** The fields every question has, in the order problems are reported. */
const QUESTION_BASE_ENTRIES = {
  /** Stable kebab-case id; also the question's title in exports. */
  id: IdSchema,
  /** The part of the lesson the question checks. */
  part: v.picklist(PART_IDS, issue => `unknown part ${describeValue(issue.input)}; expected one of ${PART_IDS.join(', ')}`),
  /** The slide where the answer is taught (its `routeAlias`); the answer must be on it, not only in its notes. */
  slide: v.picklist(SLIDE_IDS, issue => `unknown slide ${describeValue(issue.input)}; expected a slide anchor id from content/slides.ts`),
  /** The learning objective the question assesses (content/objectives.ts). */
  objective: v.picklist(OBJECTIVE_IDS, issue => `unknown objective ${describeValue(issue.input)}; expected one of ${OBJECTIVE_IDS.join(', ')}`),
  /**
   * Words of the linked slide that show the answer, where the answer's own text is not on it word for
   * word (a true/false statement, an open question); a test checks they are on the slide.
   */
  onSlide: v.optional(list(TextSchema)),
  /** The question as the student reads it. */
  prompt: TextSchema,
  /** Why the right answer is right, naming the slide where it is taught. */
  explanation: TextSchema,
  /** What a fully right answer is worth; positive. */
  points: v.pipe(v.number(pointsMessage), v.finite(pointsMessage), v.gtValue(0, pointsMessage)),
}

/** The fields every question has, whatever its kind (unknown fields are ignored). */
export const QuestionBaseSchema = v.pipe(v.object(QUESTION_BASE_ENTRIES, 'is missing'), v.readonly())

/** An option of a `single` or `multiple` question. */
export const ChoiceOptionSchema = exact({
  /** Id unique within the question; responses refer to options by id, never by position. */
  id: IdSchema,
  /** The option as the student reads it. */
  text: TextSchema,
  /** Whether choosing it is right. */
  correct: BooleanSchema,
  /** Shown to a student who chose it. */
  feedback: OptionalTextSchema,
}, 'is not a field of an option')

/** A pair of a `matching` question: `left` goes with `right`. */
export const MatchingPairSchema = exact({
  /** Id unique within the question; names both sides of the pair. */
  id: IdSchema,
  /** The item the student sees fixed (for example the US company). */
  left: TextSchema,
  /** The item the student picks for it (for example the Chinese winner). */
  right: TextSchema,
}, 'is not a field of a pair')

/** An item of an `ordering` question. */
export const OrderingItemSchema = exact({
  /** Id unique within the question. */
  id: IdSchema,
  /** The item as the student reads it. */
  text: TextSchema,
}, 'is not a field of an item')

function question<const TKind extends QuestionKind, const TEntries extends v.ObjectEntries>(kind: TKind, entries: TEntries) {
  return exact(
    { kind: v.literal(kind), ...QUESTION_BASE_ENTRIES, ...entries },
    `is not a field of ${kind === 'ordering' ? 'an' : 'a'} ${kind} question`,
  )
}

/**
 * The schema of each kind of question, by kind; the compiler insists on every kind, and on each
 * schema's `kind` being its key. A schema checks the fields' shapes; `validateBank` adds the rules
 * that relate fields (one right option, no repeats, an ordering answer naming every item).
 */
export const QUESTION_SCHEMAS = {
  /** Choose the one right option of 3–5. */
  'single': question('single', {
    /** The options; exactly one is correct. */
    options: list(ChoiceOptionSchema),
  }),
  /** Choose every right option. */
  'multiple': question('multiple', {
    /** The options; at least one is correct. */
    options: list(ChoiceOptionSchema),
  }),
  /** Decide whether a statement is true. */
  'true-false': question('true-false', {
    /** Whether the statement in the prompt is true. */
    answer: BooleanSchema,
    /** Shown to a student who answered `true` or `false`. */
    feedback: v.optional(exact({ true: OptionalTextSchema, false: OptionalTextSchema }, 'is not a feedback field; expected true or false')),
  }),
  /** Match each left item to its right item. */
  'matching': question('matching', {
    /** The pairs; at least 2, no side repeated. */
    pairs: list(MatchingPairSchema),
  }),
  /** Put 3–6 items in order. */
  'ordering': question('ordering', {
    /** The items in the order they are shown (any order). */
    items: list(OrderingItemSchema),
    /** The item ids in the right order (first to last). */
    answer: list(v.string(mustBe('an item id'))),
  }),
  /** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
  'short': question('short', {
    /** Every answer accepted as right. */
    accepted: list(v.pipe(v.string(mustBe('a non-empty string')), v.check(hasText, mustBe('a non-empty string')))),
    /** Shown after a right or a wrong answer. */
    feedback: v.optional(exact({ correct: OptionalTextSchema, incorrect: OptionalTextSchema }, 'is not a feedback field; expected correct or incorrect')),
  }),
  /** Write a few sentences; marked by the teacher against a short rubric, never automatically. */
  'open': question('open', {
    /** What the teacher looks for, one point each: 1–5 short statements, for the answer key. */
    rubric: list(TextSchema),
    /** An answer that meets the rubric, for the answer key and the feedback after submitting. */
    sample: TextSchema,
  }),
} as const satisfies { readonly [K in QuestionKind]: v.GenericSchema<unknown, { readonly kind: K }> }

function responseFieldMessage(issue: v.BaseIssue<unknown>): string {
  return issue.expected === 'never' ? 'is not a field of the response' : issue.path ? 'is missing' : mustBe('an object')(issue)
}

function response<const TKind extends QuestionKind, const TEntries extends v.ObjectEntries>(kind: TKind, entries: TEntries) {
  return v.strictObject({ kind: v.literal(kind, mustBe(`"${kind}"`)), ...entries }, responseFieldMessage)
}

/**
 * The schema of a response to each kind of question, by kind: what a form, a saved attempt or an
 * HTTP request must send. They check shape only; `parseResponse` in quiz/grade.ts also checks that
 * the ids belong to the question.
 */
export const RESPONSE_SCHEMAS = {
  /** The id of the chosen option. */
  'single': response('single', { optionId: v.string(mustBe('an option id')) }),
  /** The ids of the chosen options. */
  'multiple': response('multiple', { optionIds: list(v.string(mustBe('an option id'))) }),
  /** Whether the student answered true. */
  'true-false': response('true-false', { value: BooleanSchema }),
  /**
   * For each pair id (its left item), the id of the pair whose right item the student chose.
   * A left item left out counts as wrong.
   */
  'matching': response('matching', {
    matches: v.pipe(
      // Arrays are objects to `v.record`; not here.
      v.custom<Record<string, unknown>>(isRecord, mustBe('an object')),
      v.record(v.string(), v.string(mustBe('a pair id'))),
      v.readonly(),
    ),
  }),
  /** Every item id, in the student's order. */
  'ordering': response('ordering', { order: list(v.string(mustBe('an item id'))) }),
  /** What the student typed. */
  'short': response('short', { text: v.string(mustBe('a string')) }),
  /** What the student wrote. */
  'open': response('open', { text: v.string(mustBe('a string')) }),
} as const satisfies { readonly [K in QuestionKind]: v.GenericSchema<unknown, { readonly kind: K }> }

/** A response to a question of any kind, told apart by `kind`. */
export const ResponseSchema = v.variant('kind', Object.values(RESPONSE_SCHEMAS), issue => `unknown kind ${describeValue(issue.input)}`)
