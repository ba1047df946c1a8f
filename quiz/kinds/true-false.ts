// True or false: decide whether the statement in the prompt is true.
import type { ChoiceShown } from './choice'
import type { LiveParts, QuestionKindModule } from './kind'
import * as v from 'valibot'
import { giftFeedback, xmlAnswer, xmlText } from '../export-text'
import { lettered } from '../letters'
import { BooleanSchema, exact, OptionalTextSchema, questionSchema, responseSchema } from '../schema'
import { ChoiceShownSchema } from './choice'
import { feedbackOf } from './shared'

/** Decide whether a statement is true. */
const TrueFalseQuestionSchema = questionSchema('true-false', {
  /** Whether the statement in the prompt is true. */
  answer: BooleanSchema,
  /** Shown to a student who answered `true` or `false`. */
  feedback: v.optional(exact({ true: OptionalTextSchema, false: OptionalTextSchema }, 'is not a feedback field; expected true or false')),
})

/** Whether the student answered true. */
const TrueFalseResponseSchema = responseSchema('true-false', { value: BooleanSchema })

/** Decide whether a statement is true. */
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestionSchema>

/** The answer to a `true-false` question. */
export type TrueFalseResponse = Readonly<v.InferOutput<typeof TrueFalseResponseSchema>>

/** The two options of a true-false question, as widgets show them and live answers are counted: ids `true` and `false`. */
export const TRUE_FALSE_OPTIONS = [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] as const

function words(value: boolean): string {
  return value ? 'True' : 'False'
}

/** True or false. */
export const trueFalse: QuestionKindModule<TrueFalseQuestion, TrueFalseResponse, ChoiceShown> & { readonly live: LiveParts<TrueFalseQuestion, TrueFalseResponse> } = {
  kind: 'true-false',
  question: TrueFalseQuestionSchema,
  response: TrueFalseResponseSchema,
  label: 'true or false',
  hint: 'Choose true or false.',
  points: 1,
  rules: { reads: [], check: () => [] },
  checkIds: () => undefined,
  score: (q, r) => ({
    fraction: r.value === q.answer ? 1 : 0,
    feedback: feedbackOf(r.value ? q.feedback?.true : q.feedback?.false),
  }),
  correctResponse: q => ({ kind: 'true-false', value: q.answer }),
  hasAnswer: () => true,
  shuffle: q => q,
  // True and False are no secret: their ids stay `true` and `false`.
  shown: () => ({ options: TRUE_FALSE_OPTIONS.map(o => ({ ...o })) }),
  shownSchema: ChoiceShownSchema,
  toShown: (_, __, r) => r,
  fromShown: (_, __, r) => r,
  responseText: (_, r) => words(r.value),
  correctText: q => words(q.answer),
  worksheet: q => ({
    instruction: 'True or false?',
    items: [],
    options: lettered(['True', 'False']),
    answer: q.answer ? 'A (True)' : 'B (False)',
    writeIn: 'none',
  }),
  gift: (q) => {
    // Moodle: the first feedback is shown for the wrong answer, the second for the right one.
    const wrong = q.answer ? q.feedback?.false : q.feedback?.true
    const right = q.answer ? q.feedback?.true : q.feedback?.false
    const tail = right ? `${giftFeedback(wrong) || '#'}${giftFeedback(right)}` : giftFeedback(wrong)
    return { answers: [`${q.answer ? 'TRUE' : 'FALSE'}${tail}`] }
  },
  moodleXml: q => ({
    type: 'truefalse',
    lines: [true, false].map(value => xmlAnswer(value === q.answer ? 100 : 0, xmlText(String(value)), value ? q.feedback?.true : q.feedback?.false)),
  }),
  key: q => [`- **${words(q.answer)}**`],
  live: {
    options: () => TRUE_FALSE_OPTIONS,
    chosen: r => [String(r.value)],
    right: q => [String(q.answer)],
  },
}
