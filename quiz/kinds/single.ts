// Single choice: one right option of 3–5.
import type { ChoiceShown } from './choice'
import type { LiveParts, QuestionKindModule } from './kind'
import * as v from 'valibot'
import { describeValue } from '../guards'
import { list, mustBe, questionSchema, responseSchema } from '../schema'
import { ChoiceOptionSchema, choiceShown, ChoiceShownSchema, choiceWorksheet, giftOption, KeepOrderSchema, keyOptions, moodleChoice, OPTION, optionRules, rightIds, shuffledOptions } from './choice'
import { feedbackOf, fromOpaque, shownOptions, textOf, toOpaque } from './shared'

/** Choose the one right option of 3–5. */
const SingleQuestionSchema = questionSchema('single', {
  /** The options; exactly one is correct. */
  options: list(ChoiceOptionSchema),
  /** The options are a scale: shown in this order everywhere, never shuffled. */
  keepOrder: KeepOrderSchema,
})

/** The id of the chosen option. */
const SingleResponseSchema = responseSchema('single', { optionId: v.string(mustBe('an option id')) })

/** Choose the one right option of 3–5. */
export type SingleQuestion = v.InferOutput<typeof SingleQuestionSchema>

/** The answer to a `single` question: the id of the chosen option. */
export type SingleResponse = Readonly<v.InferOutput<typeof SingleResponseSchema>>

/** Single choice. */
export const single: QuestionKindModule<SingleQuestion, SingleResponse, ChoiceShown> & { readonly live: LiveParts<SingleQuestion, SingleResponse> } = {
  kind: 'single',
  question: SingleQuestionSchema,
  response: SingleResponseSchema,
  label: 'single choice',
  hint: 'Choose one answer.',
  points: 1,
  rules: {
    reads: ['options'],
    * check(q) {
      yield* optionRules(q, 3, 5)
      const correct = q.options.flatMap((o, i) => (o.correct ? [`options[${i}]`] : []))
      if (correct.length > 1)
        yield ['options', `a single-choice question has exactly one correct option, not ${correct.length} (${correct.join(', ')})`]
    },
  },
  checkIds: (q, r) => (q.options.some(o => o.id === r.optionId) ? undefined : ['unknown-id', `no option ${describeValue(r.optionId)}`]),
  score: (q, r) => {
    const chosen = q.options.find(o => o.id === r.optionId)
    return { fraction: chosen?.correct ? 1 : 0, feedback: feedbackOf(chosen?.feedback) }
  },
  correctResponse: q => ({ kind: 'single', optionId: rightIds(q)[0] ?? '' }),
  hasAnswer: (_, r) => r.optionId !== '',
  shuffle: shuffledOptions,
  shown: choiceShown,
  shownSchema: ChoiceShownSchema,
  toShown: (q, _, r) => ({ kind: 'single', optionId: toOpaque(q.options, r.optionId, OPTION) }),
  fromShown: (q, _, r) => ({ kind: 'single', optionId: fromOpaque(q.options, r.optionId, OPTION) }),
  responseText: (q, r) => textOf(q.options, r.optionId),
  correctText: q => textOf(q.options, rightIds(q)[0] ?? ''),
  worksheet: q => choiceWorksheet(q, 'Choose one.'),
  // After `=` Moodle reads no weight (so not `=%100%`: that would be text); `~%0%` stops it
  // reading one from a wrong option's text.
  gift: q => ({ answers: q.options.map(o => giftOption(o, o.correct ? '=' : '~%0%')) }),
  moodleXml: q => moodleChoice(q, true, o => (o.correct ? 100 : 0)),
  key: keyOptions,
  live: {
    // The live quiz names options by their bank ids: its server checks every answer against them.
    options: q => shownOptions(q.options),
    chosen: r => [r.optionId],
    right: rightIds,
  },
}
