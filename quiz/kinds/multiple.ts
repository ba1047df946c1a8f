// Multiple answers: choose every right option of 3–6, with partial credit.
import type { ChoiceShown } from './choice'
import type { LiveParts, QuestionKindModule } from './kind'
import * as v from 'valibot'
import { list, mustBe, questionSchema, responseSchema } from '../schema'
import { ChoiceOptionSchema, choiceShown, ChoiceShownSchema, choiceWorksheet, giftOption, KeepOrderSchema, keyOptions, moodleChoice, OPTION, optionRules, rightIds, shuffledOptions } from './choice'
import { checkIds, feedbackOf, fromOpaque, NO_ANSWER, shownOptions, toOpaque } from './shared'

/** Choose every right option. */
const MultipleQuestionSchema = questionSchema('multiple', {
  /** The options; at least one is correct. */
  options: list(ChoiceOptionSchema),
  /** The options are a scale: shown in this order everywhere, never shuffled. */
  keepOrder: KeepOrderSchema,
})

/** The ids of the chosen options. */
const MultipleResponseSchema = responseSchema('multiple', { optionIds: list(v.string(mustBe('an option id'))) })

/** Choose every right option. */
export type MultipleQuestion = v.InferOutput<typeof MultipleQuestionSchema>

/** The answer to a `multiple` question: the ids of the chosen options. */
export type MultipleResponse = Readonly<v.InferOutput<typeof MultipleResponseSchema>>

/**
 * The Moodle grade, in percent, of one option of a multiple-answer question with `correctCount`
 * right options: `+100/k` for a right one and `-100/k` for a wrong one, to 5 decimals, which are
 * among Moodle's allowed grades for k ≤ 10 (100, 50, 33.33333, 25, 20 …). The right ones add up to
 * 100, and each wrong pick costs what a right pick earns, the same rule the grading uses.
 */
export function multiplePercent(correct: boolean, correctCount: number): number {
  const weight = Number((100 / correctCount).toFixed(5))
  return correct ? weight : -weight
}

/** `multiplePercent` as a GIFT weight: `%33.33333%`, `%-50%`. */
export function multipleWeight(correct: boolean, correctCount: number): string {
  return `%${multiplePercent(correct, correctCount)}%`
}

/** Multiple answers. */
export const multiple: QuestionKindModule<MultipleQuestion, MultipleResponse, ChoiceShown> & { readonly live: LiveParts<MultipleQuestion, MultipleResponse> } = {
  kind: 'multiple',
  question: MultipleQuestionSchema,
  response: MultipleResponseSchema,
  label: 'multiple answers',
  hint: 'Choose every right answer.',
  points: 2,
  partialCredit: 'Partial credit: (right picks − wrong picks) ÷ right options, never below 0.',
  rules: { reads: ['options'], check: q => optionRules(q, 3, 6) },
  checkIds: (q, r) => checkIds(r.optionIds, q.options.map(o => o.id), 'option'),
  /**
   * (right picks − wrong picks) / number of right options, floored at 0. Choosing every option
   * therefore earns nothing unless every option is right, and leaving out one of three right
   * options earns two thirds.
   */
  score: (q, r) => {
    const chosen = r.optionIds.flatMap(id => q.options.filter(o => o.id === id))
    const right = chosen.filter(o => o.correct).length
    const wrong = chosen.length - right
    const total = q.options.filter(o => o.correct).length
    return {
      fraction: total === 0 ? 0 : Math.max(0, (right - wrong) / total),
      feedback: [
        ...chosen.flatMap(o => feedbackOf(o.feedback)),
        `${right} of ${total} right options chosen, ${wrong} wrong`,
      ],
    }
  },
  correctResponse: q => ({ kind: 'multiple', optionIds: rightIds(q) }),
  hasAnswer: (_, r) => r.optionIds.length > 0,
  shuffle: shuffledOptions,
  shown: choiceShown,
  shownSchema: ChoiceShownSchema,
  toShown: (q, _, r) => ({ kind: 'multiple', optionIds: r.optionIds.map(id => toOpaque(q.options, id, OPTION)) }),
  fromShown: (q, _, r) => ({ kind: 'multiple', optionIds: r.optionIds.map(id => fromOpaque(q.options, id, OPTION)) }),
  responseText: (q, r) => (r.optionIds.length > 0 ? q.options.filter(o => r.optionIds.includes(o.id)).map(o => o.text).join('; ') : NO_ANSWER),
  correctText: q => q.options.filter(o => o.correct).map(o => o.text).join('; ') || NO_ANSWER,
  worksheet: q => choiceWorksheet(q, 'Choose every right option.'),
  gift: (q) => {
    const k = rightIds(q).length
    return { answers: q.options.map(o => giftOption(o, `~${multipleWeight(o.correct, k)}`)) }
  },
  moodleXml: (q) => {
    const k = rightIds(q).length
    return moodleChoice(q, false, o => multiplePercent(o.correct, k))
  },
  key: keyOptions,
  live: {
    // The live quiz names options by their bank ids: its server checks every answer against them.
    options: q => shownOptions(q.options),
    chosen: r => r.optionIds,
    right: rightIds,
  },
}
