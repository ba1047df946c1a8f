// The pieces every question kind's schemas are built from: the fields all questions share, ids,
// texts, and exact objects whose stray keys are all reported. Each kind's own schemas are in its
// module under quiz/kinds/; quiz/types.ts derives the TypeScript types from them. Schemas say what
// each field is; how fields relate (counts, repeats, references between fields) is checked by each
// kind's rules, which quiz/validate.ts runs.
import * as v from 'valibot'
import { OBJECTIVE_IDS } from '../content/objectives'
import { PART_IDS } from '../content/parts'
import { SLIDE_IDS } from '../content/slides'
import { describeValue, isRecord } from './guards'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const VOWEL_FIRST = /^[aeiou]/

/** "must be a string, not number": the message for a value of the wrong type. */
export function mustBe(what: string) {
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
export function exact<const TEntries extends v.ObjectEntries>(entries: TEntries, stray: string): ExactSchema<TEntries> {
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

/** A read-only array of `item`. */
export function list<const TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(v.array(item, mustBe('an array')), v.readonly<v.InferOutput<TItem>[]>())
}

/** A kebab-case id: of a question, or of an option, pair or item within one. */
export const IdSchema = v.pipe(
  v.string(mustBe('a kebab-case id')),
  v.regex(KEBAB, issue => `${describeValue(issue.input)} is not kebab-case`),
)

/** Text the student reads: a string with something in it. */
export const TextSchema = v.pipe(v.string(mustBe('a string')), v.check(hasText, 'is empty'))

/** A string with something in it, where the message names it "a non-empty string". */
export const NonEmptyStringSchema = v.pipe(v.string(mustBe('a non-empty string')), v.check(hasText, mustBe('a non-empty string')))

/** Optional text such as feedback: absent, or a string with something in it. */
export const OptionalTextSchema = v.optional(NonEmptyStringSchema)

/** True or false. */
export const BooleanSchema = v.boolean(mustBe('true or false'))

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

/** Fields every question has: id, part, slide, objective, prompt, explanation, points. */
export type QuestionBase = v.InferOutput<typeof QuestionBaseSchema>

/**
 * The schema of a question of one kind: the fields every question has, then the kind's own, and
 * nothing else ("is not a field of a single question").
 */
export function questionSchema<const TKind extends string, const TEntries extends v.ObjectEntries>(kind: TKind, entries: TEntries) {
  return exact(
    { kind: v.literal(kind), ...QUESTION_BASE_ENTRIES, ...entries },
    `is not a field of ${VOWEL_FIRST.test(kind) ? 'an' : 'a'} ${kind} question`,
  )
}

function responseFieldMessage(issue: v.BaseIssue<unknown>): string {
  return issue.expected === 'never' ? 'is not a field of the response' : issue.path ? 'is missing' : mustBe('an object')(issue)
}

/**
 * The schema of a response to one kind of question: what a form, a saved attempt or an HTTP request
 * must send. It checks the shape only; the kind's `checkIds` also checks that the ids it names
 * belong to the question.
 */
export function responseSchema<const TKind extends string, const TEntries extends v.ObjectEntries>(kind: TKind, entries: TEntries) {
  return v.strictObject({ kind: v.literal(kind, mustBe(`"${kind}"`)), ...entries }, responseFieldMessage)
}
