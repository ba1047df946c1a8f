// Ordering: put 3–6 items in order, with partial credit for neighbouring pairs kept in order.
import type { QuestionKindModule, ShownOption } from './kind'
import * as v from 'valibot'
import { escapeHtml, escapeMarkdown, giftText, ordinal, xmlAnswer, xmlShown, xmlText } from '../export-text'
import { describeValue, printable } from '../guards'
import { letter, lettered } from '../letters'
import { shuffle } from '../random'
import { exact, IdSchema, list, mustBe, questionSchema, responseSchema, TextSchema } from '../schema'
import { normalizeAnswer } from '../text'
import { checkIds, countBetween, repeats, shownOptions, ShownOptionsSchema, textOf } from './shared'

/** An item of an `ordering` question. */
const OrderingItemSchema = exact({
  /** Id unique within the question. */
  id: IdSchema,
  /** The item as the student reads it. */
  text: TextSchema,
}, 'is not a field of an item')

/** Put 3–6 items in order. */
const OrderingQuestionSchema = questionSchema('ordering', {
  /** The items in the order they are shown (any order). */
  items: list(OrderingItemSchema),
  /** The item ids in the right order (first to last). */
  answer: list(v.string(mustBe('an item id'))),
})

/** Every item id, in the student's order. */
const OrderingResponseSchema = responseSchema('ordering', { order: list(v.string(mustBe('an item id'))) })

/** An item of an `ordering` question. */
export type OrderingItem = v.InferOutput<typeof OrderingItemSchema>

/** Put 3–6 items in order. */
export type OrderingQuestion = v.InferOutput<typeof OrderingQuestionSchema>

/** The answer to an `ordering` question: every item id, in the student's order. */
export type OrderingResponse = Readonly<v.InferOutput<typeof OrderingResponseSchema>>

/** What the ordering widget shows: the items, in the order first shown. */
export interface OrderingShown {
  readonly items: readonly ShownOption[]
}

/**
 * An ordering question as GIFT can carry it: a matching question from each item to its position
 * ("1st", "2nd", …), with the prompt saying so. GIFT has no ordering type, and Moodle then gives
 * credit per position, far from the neighbouring-pairs rule of the grading; Moodle XML carries
 * Moodle's own Ordering type instead (see `orderingXmlLines`).
 */
export function orderingAsMatching(question: OrderingQuestion): { readonly prompt: string, readonly pairs: readonly { readonly left: string, readonly right: string }[] } {
  return {
    prompt: `${question.prompt} (Match each item to its position: 1st is first.)`,
    pairs: question.answer.map((id, i) => ({ left: textOf(question.items, id), right: ordinal(i + 1) })),
  }
}

/**
 * The grading type of Moodle's Ordering question (`qtype_ordering`) closest to the quiz's. Moodle
 * counts every pair of items in the right relative order (pairs right ÷ pairs,
 * `qtype_ordering_question::grade_response()`), the quiz only the neighbouring pairs of the right
 * order. Of the 24 orders of four items, the two score alike on 10 (and differ by a sixth or a
 * third of the marks on the rest); Moodle's default, `RELATIVE_NEXT_EXCLUDE_LAST`, agrees on 8,
 * per-position grading (`ABSOLUTE_POSITION`, as a matching question scores) on 2 (ordering.test.ts),
 * and its other types, worked out from the same source, on at most 7.
 */
export const MOODLE_ORDERING_GRADING = 'RELATIVE_ALL_PREVIOUS_AND_NEXT'

/**
 * A Moodle XML Ordering question's elements, in the order Moodle's own export writes them
 * (`qtype_ordering::export_to_xml()`): every item shown (a count equal to the number of items
 * means all of them to Moodle too), in a numbered column (top is first, as in the quiz), graded as
 * `MOODLE_ORDERING_GRADING` with its working shown to the student; then the items, the right order
 * being the order of the `<answer>`s (their `fraction` is their position, which Moodle ignores).
 * No feedback by outcome: the quiz has none but the explanation, which is the general feedback.
 */
export function orderingXmlLines(question: OrderingQuestion): string[] {
  return [
    '    <layouttype>VERTICAL</layouttype>',
    '    <selecttype>ALL</selecttype>',
    `    <selectcount>${question.items.length}</selectcount>`,
    `    <gradingtype>${MOODLE_ORDERING_GRADING}</gradingtype>`,
    '    <showgrading>SHOW</showgrading>',
    '    <numberingstyle>123</numberingstyle>',
    ...['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map(tag => `    ${xmlShown(tag, '')}`),
    '    <shownumcorrect>1</shownumcorrect>',
    ...question.answer.map((id, i) => xmlAnswer(i + 1, xmlText(escapeHtml(textOf(question.items, id))))),
  ]
}

/** Ordering. */
export const ordering: QuestionKindModule<OrderingQuestion, OrderingResponse, OrderingShown> = {
  kind: 'ordering',
  question: OrderingQuestionSchema,
  response: OrderingResponseSchema,
  label: 'ordering',
  hint: 'Put the items in order with the Up and Down buttons; the first item is at the top.',
  points: 2,
  partialCredit: 'Partial credit: the share of neighbouring pairs in the right order.',
  rules: {
    reads: ['items', 'answer'],
    * check(q) {
      yield* countBetween(q.items.length, 3, 6, 'items', `has ${q.items.length} items; an ordering question needs 3–6`)
      yield* repeats(q.items.map(it => it.id), i => `items[${i}].id`, 'id')
      yield* repeats(q.items.map(it => it.text), i => `items[${i}].text`, 'duplicate item: text', normalizeAnswer)
      const ids = q.items.map(it => it.id)
      for (const [i, id] of q.answer.entries()) {
        if (!ids.includes(id))
          yield [`answer[${i}]`, `${describeValue(id)} is not the id of an item`]
      }
      yield* repeats(q.answer, i => `answer[${i}]`, 'id')
      const missing = ids.filter(id => !q.answer.includes(id))
      if (missing.length > 0)
        yield ['answer', `leaves out ${missing.map(describeValue).join(', ')}; it must list every item once`]
    },
  },
  checkIds: (q, r) => {
    const wrong = checkIds(r.order, q.answer, 'item')
    if (wrong)
      return wrong
    const missing = q.answer.filter(id => !r.order.includes(id))
    return missing.length > 0 ? ['incomplete', `items missing from the order: ${printable(missing.join(', '))}`] : undefined
  },
  /**
   * The fraction of neighbouring pairs of the right order (first–second, second–third, …) that the
   * response puts in the same relative order. Moving one item costs only the pairs it breaks; the
   * reverse order scores 0.
   */
  score: (q, r) => {
    const neighbours = q.answer.length - 1
    const right = q.answer.slice(1).filter((id, i) => r.order.indexOf(q.answer[i] ?? '') < r.order.indexOf(id)).length
    return {
      fraction: neighbours === 0 ? 1 : right / neighbours,
      feedback: [`${right} of ${neighbours} neighbouring pairs in the right order`],
    }
  },
  correctResponse: q => ({ kind: 'ordering', order: [...q.answer] }),
  hasAnswer: (_, r) => r.order.length > 0,
  // An ordering question always has an answer: the order on screen.
  initialResponse: s => ({ kind: 'ordering', order: s.items.map(it => it.id) }),
  shuffle: (q, key) => ({ ...q, items: shuffle(q.items, key) }),
  // Item ids name no position, so they stay the bank's.
  shown: q => ({ items: shownOptions(q.items) }),
  shownSchema: v.object({ items: ShownOptionsSchema }),
  toShown: (_, __, r) => r,
  fromShown: (_, __, r) => r,
  responseText: (q, r) => r.order.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`).join('; '),
  correctText: q => q.answer.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`).join('; '),
  worksheet: q => ({
    instruction: 'Put the letters in order.',
    items: [],
    options: lettered(q.items.map(it => it.text)),
    answer: q.answer.map(id => letter(q.items.findIndex(it => it.id === id))).join(', '),
    writeIn: 'none',
  }),
  gift: (q) => {
    const { prompt, pairs } = orderingAsMatching(q)
    return { prompt, answers: pairs.map(p => `=${giftText(p.left)} -> ${p.right}`) }
  },
  // Needs Moodle's Ordering question type, `qtype_ordering`.
  moodleXml: q => ({ type: 'ordering', lines: orderingXmlLines(q) }),
  key: q => q.answer.map((id, i) => `${i + 1}. ${escapeMarkdown(textOf(q.items, id))}`),
}
