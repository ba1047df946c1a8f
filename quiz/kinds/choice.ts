import type { MoodleXmlParts, Problem, ShownOption, Worksheet } from './kind'
// What single-choice and multiple-answer questions share: options, some right, each with optional
// feedback; lettered on slides; counted per option when asked live.
import * as v from 'valibot'
import { escapeHtml, escapeMarkdown, giftFeedback, giftText, xmlAnswer, xmlText } from '../export-text'
import { letter, lettered } from '../letters'
import { shuffle } from '../random'
import { BooleanSchema, exact, IdSchema, OptionalTextSchema, TextSchema } from '../schema'
import { normalizeAnswer } from '../text'
import { countBetween, opaqueOptions, repeats, ShownOptionsSchema } from './shared'

/** The prefix of an option's opaque id: `o1`, `o2`, … */
export const OPTION = 'o'

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

/** An option of a `single` or `multiple` question. */
export type ChoiceOption = v.InferOutput<typeof ChoiceOptionSchema>

/** A question with options to choose from. */
interface WithOptions {
  readonly kind: string
  readonly options: readonly ChoiceOption[]
  readonly keepOrder?: true
}

/**
 * `keepOrder` of a choice question: its options are a scale (the lesson's verdicts, False to Mostly
 * true) and keep the bank's order everywhere, so "B" is the same on the scale's slide and in the
 * question; Moodle is told not to shuffle them either.
 */
export const KeepOrderSchema = v.optional(v.literal(true, 'must be true, or left out'))

/** The options in the order to show them: shuffled with `key`, unless they are a scale. */
export function shuffledOptions<Q extends WithOptions>(q: Q, key: string): Q {
  return q.keepOrder ? q : { ...q, options: shuffle(q.options, key) }
}

/** What a choice widget shows: the options, in order, without which are right. */
export interface ChoiceShown {
  readonly options: readonly ShownOption[]
}

/** The rules of a question with options: how many, no repeats, and which may be right. */
export function* optionRules(q: WithOptions, min: number, max: number): Iterable<Problem> {
  yield* countBetween(q.options.length, min, max, 'options', `has ${q.options.length} options; a ${q.kind} question needs ${min}–${max}`)
  yield* repeats(q.options.map(o => o.id), i => `options[${i}].id`, 'id')
  yield* repeats(q.options.map(o => o.text), i => `options[${i}].text`, 'duplicate option: text', normalizeAnswer)
  if (q.options.length > 0 && !q.options.some(o => o.correct))
    yield ['options', 'no correct option']
}

/** The ids of the right options. */
export function rightIds(q: WithOptions): string[] {
  return q.options.filter(o => o.correct).map(o => o.id)
}

/** The options without whether they are right, under ids that say nothing (`o1`, `o2`, …). */
export function choiceShown(q: WithOptions): ChoiceShown {
  return { options: opaqueOptions(q.options, OPTION) }
}

/** What a choice widget shows, as a schema. */
export const ChoiceShownSchema = v.object({ options: ShownOptionsSchema })

/** The lettered options, and the letters of the right ones as the answer. */
export function choiceWorksheet(q: WithOptions, instruction: string): Worksheet {
  const right = rightIds(q)
  return {
    instruction,
    items: [],
    options: lettered(q.options.map(o => o.text)),
    answer: q.options.flatMap((o, i) => (right.includes(o.id) ? [letter(i)] : [])).join(', '),
    writeIn: 'none',
  }
}

/** An option in GIFT after its prefix (`=`, `~%0%`, `~%50%`), with its feedback. */
export function giftOption(option: ChoiceOption, prefix: string): string {
  return `${prefix}${giftText(option.text)}${giftFeedback(option.feedback)}`
}

/** A multichoice question in Moodle XML, each option with its grade in percent. */
export function moodleChoice(q: WithOptions, single: boolean, percent: (option: ChoiceOption) => number): MoodleXmlParts {
  return {
    type: 'multichoice',
    lines: [
      `    <single>${single}</single>`,
      `    <shuffleanswers>${q.keepOrder !== true}</shuffleanswers>`,
      '    <answernumbering>abc</answernumbering>',
      ...q.options.map(o => xmlAnswer(percent(o), xmlText(escapeHtml(o.text)), o.feedback)),
    ],
  }
}

/** The options in the answer key, the right ones ticked, each with its feedback. */
export function keyOptions(q: WithOptions): string[] {
  const md = escapeMarkdown
  return q.options.map(o => `- ${o.correct ? '**[x]**' : '[ ]'} ${md(o.text)}${o.feedback ? ` — _${md(o.feedback)}_` : ''}`)
}
