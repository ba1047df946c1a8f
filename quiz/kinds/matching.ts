// Matching: match each left item to its right item, with partial credit.
import type { QuestionKindModule, ShownOption } from './kind'
import * as v from 'valibot'
import { escapeGift, escapeHtml, escapeMarkdown, giftText, MOODLE_FORMAT, xmlText } from '../export-text'
import { describeValue, isRecord } from '../guards'
import { letter, lettered } from '../letters'
import { shuffle } from '../random'
import { exact, IdSchema, list, mustBe, questionSchema, responseSchema, TextSchema } from '../schema'
import { normalizeAnswer } from '../text'
import { fromOpaque, opaqueOptions, repeats, ShownOptionsSchema, toOpaque } from './shared'

/** A pair of a `matching` question: `left` goes with `right`. */
const MatchingPairSchema = exact({
  /** Id unique within the question; names both sides of the pair. */
  id: IdSchema,
  /** The item the student sees fixed (for example the US company). */
  left: TextSchema,
  /** The item the student picks for it (for example the Chinese winner). */
  right: TextSchema,
}, 'is not a field of a pair')

/** Match each left item to its right item. */
const MatchingQuestionSchema = questionSchema('matching', {
  /** The pairs; at least 2, no side repeated. */
  pairs: list(MatchingPairSchema),
})

/**
 * For each pair id (its left item), the id of the pair whose right item the student chose.
 * A left item left out counts as wrong.
 */
const MatchingResponseSchema = responseSchema('matching', {
  matches: v.pipe(
    // Arrays are objects to `v.record`; not here.
    v.custom<Record<string, unknown>>(isRecord, mustBe('an object')),
    v.record(v.string(), v.string(mustBe('a pair id'))),
    v.readonly(),
  ),
})

/** A pair of a `matching` question: `left` goes with `right`. */
export type MatchingPair = v.InferOutput<typeof MatchingPairSchema>

/** Match each left item to its right item. */
export type MatchingQuestion = v.InferOutput<typeof MatchingQuestionSchema>

/**
 * The answer to a `matching` question: for each pair id (its left item), the id of the pair
 * whose right item the student chose. A left item left out counts as wrong.
 */
export type MatchingResponse = Readonly<v.InferOutput<typeof MatchingResponseSchema>>

/** What the matching widget shows: the items to match, and what they can be matched with, in its own order. */
export interface MatchingShown {
  /** The left column, by pair id. */
  readonly items: readonly ShownOption[]
  /** The right column, by pair id, in an order of its own. */
  readonly choices: readonly ShownOption[]
}

const MIN_PAIRS = 2

/** The prefix of a right-hand choice's opaque id. */
const CHOICE = 'c'

/**
 * The right-hand column of a matching question in a shuffled order, independent of the order of
 * the left column: each entry keeps its pair id, which is what a response names.
 */
export function rightColumn(question: MatchingQuestion, seed: string | number): Pick<MatchingPair, 'id' | 'right'>[] {
  return shuffle(question.pairs.map(p => ({ id: p.id, right: p.right })), `${String(seed)}:${question.id}:right`)
}

/** Matching. */
export const matching: QuestionKindModule<MatchingQuestion, MatchingResponse, MatchingShown> = {
  kind: 'matching',
  question: MatchingQuestionSchema,
  response: MatchingResponseSchema,
  label: 'matching',
  hint: 'Choose a match for each item.',
  points: 2,
  partialCredit: 'Partial credit: the share of pairs matched correctly.',
  rules: {
    reads: ['pairs'],
    * check(q) {
      if (q.pairs.length < MIN_PAIRS)
        yield ['pairs', `has ${q.pairs.length} pair(s); a matching question needs at least ${MIN_PAIRS}`]
      yield* repeats(q.pairs.map(p => p.id), i => `pairs[${i}].id`, 'id')
      yield* repeats(q.pairs.map(p => p.left), i => `pairs[${i}].left`, 'repeated side: left', normalizeAnswer)
      yield* repeats(q.pairs.map(p => p.right), i => `pairs[${i}].right`, 'repeated side: right', normalizeAnswer)
    },
  },
  checkIds: (q, r) => {
    const ids = q.pairs.map(p => p.id)
    for (const [left, right] of Object.entries(r.matches)) {
      if (!ids.includes(left))
        return ['unknown-id', `no pair ${describeValue(left)}`]
      if (!ids.includes(right))
        return ['unknown-id', `no pair ${describeValue(right)}`]
    }
    return undefined
  },
  /** The fraction of left items given their own right item; a left item left out counts as wrong. */
  score: (q, r) => {
    const right = q.pairs.filter(p => r.matches[p.id] === p.id).length
    return { fraction: right / q.pairs.length, feedback: [`${right} of ${q.pairs.length} pairs right`] }
  },
  correctResponse: q => ({ kind: 'matching', matches: Object.fromEntries(q.pairs.map(p => [p.id, p.id])) }),
  hasAnswer: (s, r) => s.items.every(item => r.matches[item.id] !== undefined),
  shuffle: (q, key) => ({ ...q, pairs: shuffle(q.pairs, key) }),
  shown: (q, seed) => ({
    items: q.pairs.map(p => ({ id: p.id, text: p.left })),
    choices: opaqueOptions(rightColumn(q, seed).map(p => ({ id: p.id, text: p.right })), CHOICE),
  }),
  shownSchema: v.object({ items: ShownOptionsSchema, choices: ShownOptionsSchema }),
  toShown: (q, seed, r) => {
    const column = rightColumn(q, seed)
    return { kind: 'matching', matches: Object.fromEntries(Object.entries(r.matches).map(([left, right]) => [left, toOpaque(column, right, CHOICE)])) }
  },
  fromShown: (q, seed, r) => {
    const column = rightColumn(q, seed)
    return { kind: 'matching', matches: Object.fromEntries(Object.entries(r.matches).map(([left, right]) => [left, fromOpaque(column, right, CHOICE)])) }
  },
  responseText: (q, r) => q.pairs.map((p) => {
    const chosen = r.matches[p.id]
    const right = chosen === undefined ? '(none)' : q.pairs.find(other => other.id === chosen)?.right ?? chosen
    return `${p.left} → ${right}`
  }).join('; '),
  correctText: q => q.pairs.map(p => `${p.left} → ${p.right}`).join('; '),
  worksheet: (q) => {
    // Right-hand options in a fixed order of their own (alphabetical), so item 1 is not simply A.
    const rights = [...q.pairs].sort((x, y) => x.right.localeCompare(y.right))
    return {
      instruction: 'Match each numbered item with a letter.',
      items: q.pairs.map((p, i) => ({ letter: String(i + 1), text: p.left })),
      options: lettered(rights.map(p => p.right)),
      answer: q.pairs.map((p, i) => `${i + 1} → ${letter(rights.indexOf(p))}`).join(', '),
      writeIn: 'print',
    }
  },
  // The right side is read with no format marker, but still shown as HTML.
  gift: q => ({ answers: q.pairs.map(p => `=${giftText(p.left)} -> ${escapeGift(escapeHtml(p.right))}`) }),
  moodleXml: q => ({ type: 'matching', lines: matchingLines(q.pairs) }),
  key: q => q.pairs.map(p => `- ${escapeMarkdown(p.left)} → **${escapeMarkdown(p.right)}**`),
}

/** A Moodle XML matching question's elements: the pairs as sub-questions, shuffled by Moodle. */
function matchingLines(pairs: readonly { readonly left: string, readonly right: string }[]): string[] {
  return [
    '    <shuffleanswers>true</shuffleanswers>',
    ...pairs.map(p => `    <subquestion ${MOODLE_FORMAT}>${xmlText(escapeHtml(p.left))}<answer>${xmlText(escapeHtml(p.right))}</answer></subquestion>`),
  ]
}
