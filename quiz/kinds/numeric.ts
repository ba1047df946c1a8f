// Numeric answer: type a number, right within a tolerance (Moodle's "numerical" question, GIFT
// `{#67.3:5}`). Typed text is read as Moodle reads it (`qtype_numerical_answer_processor::apply_units()`
// in moodle/moodle `question/type/numerical/questiontype.php`): spaces are dropped; a point, or more
// than one comma, makes commas thousands separators; else a lone comma is the decimal mark ("67,3").
// The question's unit may follow the number ("67.3 %").
import type { QuestionKindModule } from './kind'
import * as v from 'valibot'
import { escapeMarkdown, escapeXml, giftFeedback, xmlAnswer, xmlText } from '../export-text'
import { describeValue } from '../guards'
import { exact, mustBe, OptionalTextSchema, questionSchema, responseSchema, TextSchema } from '../schema'
import { feedbackOf, typedText } from './shared'

const SPACES = /\s+/gu
const EXPONENT = /(?:e|x10\^|x10\*\*|\*10\^|\*10\*\*|×10\^|×10\*\*)([+-]?\d+)/i
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/i
const COMMA = /,/g
const MINUS = /[\u2212\u2013]/g
const STARTS_WITH_LETTER = /^\p{L}/u

/** The longest text a number answer takes: a number and its unit. */
export const NUMBER_TEXT_LIMIT = 40

function numberMessage(issue: v.BaseIssue<unknown>): string {
  return `must be a finite number, not ${typeof issue.input === 'number' ? String(issue.input) : describeValue(issue.input)}`
}

/** Type a number; right when it is within `tolerance` of `answer`. */
const NumericQuestionSchema = questionSchema('numeric', {
  /** The right value. */
  answer: v.pipe(v.number(numberMessage), v.finite(numberMessage)),
  /** How far an answer may be from the right value and still be right, either way (Moodle's "error"); 0 or more. */
  tolerance: v.pipe(v.number(numberMessage), v.finite(numberMessage), v.minValue(0, issue => `must be 0 or more, not ${String(issue.input)}`)),
  /** The unit the answer is in, shown after the box and allowed after the number ("%"). */
  unit: v.optional(TextSchema),
  /** Shown after a right or a wrong answer. */
  feedback: v.optional(exact({ correct: OptionalTextSchema, incorrect: OptionalTextSchema }, 'is not a feedback field; expected correct or incorrect')),
})

/** What the student typed, as typed. */
const NumericResponseSchema = responseSchema('numeric', { text: v.string(mustBe('a string')) })

/** Type a number; right within a tolerance. */
export type NumericQuestion = v.InferOutput<typeof NumericQuestionSchema>

/** The answer to a `numeric` question: what the student typed. */
export type NumericResponse = Readonly<v.InferOutput<typeof NumericResponseSchema>>

/** What the number widget shows: the unit after the box, if there is one. */
export interface NumericShown {
  readonly unit?: string
}

/**
 * The number in typed text, read as Moodle reads it (see the top of this file), or undefined when
 * the text is not a number, optionally followed by `unit`.
 */
export function readNumber(text: string, unit?: string): number | undefined {
  let compact = text.replace(SPACES, '').replace(MINUS, '-').replace(EXPONENT, 'e$1')
  compact = compact.includes('.') || (compact.match(COMMA)?.length ?? 0) > 1 ? compact.replace(COMMA, '') : compact.replace(',', '.')
  const number = NUMBER.exec(compact)?.[0]
  if (number === undefined)
    return undefined
  const rest = compact.slice(number.length)
  if (rest !== '' && (unit === undefined || rest.toLowerCase() !== unit.replace(SPACES, '').toLowerCase()))
    return undefined
  const value = Number(number)
  return Number.isFinite(value) ? value : undefined
}

/** A number as the exports and the answer write it: no float noise ("62.3", not "62.300000000000004"). */
function plain(value: number): string {
  return String(Number(value.toPrecision(12)))
}

/** A value with the question's unit: "67.3%", "44 billion". */
function withUnit(value: number, unit: string | undefined): string {
  if (unit === undefined)
    return plain(value)
  return `${plain(value)}${STARTS_WITH_LETTER.test(unit) ? ' ' : ''}${unit}`
}

/** Whether a value is right: within the tolerance, allowing for the rounding of decimals. */
function within(q: NumericQuestion, value: number): boolean {
  return Math.abs(value - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer))
}

/** The right answer in words: "67.3% (62.3 to 72.3 accepted)". */
function rightInWords(q: NumericQuestion): string {
  const value = withUnit(q.answer, q.unit)
  return q.tolerance === 0 ? value : `${value} (${plain(q.answer - q.tolerance)} to ${withUnit(q.answer + q.tolerance, q.unit)} accepted)`
}

/** Numeric answer. */
export const numeric: QuestionKindModule<NumericQuestion, NumericResponse, NumericShown> = {
  kind: 'numeric',
  question: NumericQuestionSchema,
  response: NumericResponseSchema,
  label: 'number',
  hint: 'Type a number. A point or a comma for decimals: 3.5 or 3,5.',
  points: 1,
  textLimit: NUMBER_TEXT_LIMIT,
  rules: { reads: [], check: () => [] },
  checkIds: () => undefined,
  score: (q, r) => {
    const value = readNumber(r.text, q.unit)
    if (value === undefined)
      return { fraction: 0, feedback: [`"${r.text.trim()}" is not a number.`] }
    const right = within(q, value)
    return { fraction: right ? 1 : 0, feedback: feedbackOf(right ? q.feedback?.correct : q.feedback?.incorrect) }
  },
  correctResponse: q => ({ kind: 'numeric', text: plain(q.answer) }),
  hasAnswer: (s, r) => readNumber(r.text, s.unit) !== undefined,
  shuffle: q => q,
  shown: q => (q.unit === undefined ? {} : { unit: q.unit }),
  shownSchema: v.object({ unit: v.optional(v.string()) }),
  toShown: (_, __, r) => r,
  fromShown: (_, __, r) => r,
  responseText: (_, r) => typedText(r.text),
  correctText: rightInWords,
  worksheet: q => ({ instruction: q.unit ? `Write a number (in ${q.unit}).` : 'Write a number.', items: [], options: [], answer: rightInWords(q), writeIn: 'always' }),
  // `#` opens a numerical answer; `=value:tolerance`, then its feedback; `~` and the feedback for
  // any other answer (Moodle's `*` answer). Moodle reads the value with PHP's `is_numeric`, so it is
  // written with a point.
  gift: q => ({
    answers: [
      `#=${plain(q.answer)}:${plain(q.tolerance)}${giftFeedback(q.feedback?.correct)}`,
      ...(q.feedback?.incorrect ? [`~${giftFeedback(q.feedback.incorrect)}`] : []),
    ],
  }),
  // `import_numerical()`: each answer's value and tolerance; `*` is any other answer. With a unit,
  // the unit is optional and not graded (`unitgradingtype` 0, `showunits` 0: typed after the number).
  moodleXml: q => ({
    type: 'numerical',
    lines: [
      xmlAnswer(100, xmlText(plain(q.answer)), q.feedback?.correct, `<tolerance>${plain(q.tolerance)}</tolerance>`),
      ...(q.feedback?.incorrect ? [xmlAnswer(0, xmlText('*'), q.feedback.incorrect, '<tolerance>0</tolerance>')] : []),
      ...(q.unit === undefined
        ? ['    <unitgradingtype>0</unitgradingtype>', '    <showunits>3</showunits>']
        : [
            `    <units><unit><multiplier>1</multiplier><unit_name>${escapeXml(q.unit)}</unit_name></unit></units>`,
            '    <unitgradingtype>0</unitgradingtype>',
            '    <unitpenalty>0</unitpenalty>',
            '    <showunits>0</showunits>',
            '    <unitsleft>0</unitsleft>',
          ]),
    ],
  }),
  key: q => [`- **${escapeMarkdown(withUnit(q.answer, q.unit))}**${q.tolerance === 0 ? '' : `, accepted from ${escapeMarkdown(plain(q.answer - q.tolerance))} to ${escapeMarkdown(withUnit(q.answer + q.tolerance, q.unit))}`} (a point or a comma as the decimal mark)`],
}
