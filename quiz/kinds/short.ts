// Short answer: type a word or a few; compared ignoring case, accents, spacing and punctuation.
import type { QuestionKindModule } from './kind'
import * as v from 'valibot'
import { escapeGift, escapeMarkdown, formatMarker, giftFeedback, xmlAnswer, xmlText } from '../export-text'
import { describeValue } from '../guards'
import { ANSWER_LIMITS } from '../limits'
import { exact, list, mustBe, NonEmptyStringSchema, OptionalTextSchema, questionSchema, responseSchema } from '../schema'
import { normalizeAnswer, removeAccents } from '../text'
import { feedbackOf, repeats, typedText } from './shared'

const STAR = /\*/g
const NOT_LETTER_DIGIT_OR_SPACE = /[^\p{L}\p{N}\s]/gu
const SPACES = /\s+/gu

/** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
const ShortQuestionSchema = questionSchema('short', {
  /** Every answer accepted as right. */
  accepted: list(NonEmptyStringSchema),
  /** Shown after a right or a wrong answer. */
  feedback: v.optional(exact({ correct: OptionalTextSchema, incorrect: OptionalTextSchema }, 'is not a feedback field; expected correct or incorrect')),
})

/** What the student typed. */
const ShortResponseSchema = responseSchema('short', { text: v.string(mustBe('a string')) })

/** Type a short answer; compared ignoring case, accents, spacing and punctuation. */
export type ShortQuestion = v.InferOutput<typeof ShortQuestionSchema>

/** The answer to a `short` question: what the student typed. */
export type ShortResponse = Readonly<v.InferOutput<typeof ShortResponseSchema>>

/**
 * Every spelling Moodle must accept for these short answers to grade as the quiz does. Moodle
 * ignores case only, the grader also accents, spacing and punctuation; so each answer comes as
 * written, without accents, then also without punctuation, then also without spaces
 * ("jū'ān sīwēi", "ju'an siwei", "juan siwei", "juansiwei"), without repeats ignoring case.
 */
export function shortAnswerVariants(accepted: readonly string[]): string[] {
  const seen = new Set<string>()
  return accepted
    .flatMap((answer) => {
      const plain = removeAccents(answer).normalize('NFC')
      const bare = plain.replace(NOT_LETTER_DIGIT_OR_SPACE, '').replace(SPACES, ' ').trim()
      return [answer.trim(), plain.trim(), bare, bare.replace(SPACES, '')]
    })
    .filter((variant) => {
      const key = variant.toLowerCase()
      if (variant === '' || seen.has(key))
        return false
      seen.add(key)
      return true
    })
}

/**
 * A short answer as Moodle compares it (`qtype_shortanswer_question::compare_string_with_wildcard()`):
 * not HTML, and `*` literal rather than a wildcard. A `->` becomes `→` (see `escapeGift`); the
 * variants without punctuation still match what was meant. One thing GIFT cannot carry: a short
 * answer holding one of Moodle's placeholders (`&&058;` is read as `:`); Moodle XML can.
 */
function giftShortAnswer(text: string): string {
  return `${formatMarker(text)}${escapeGift(text).replace(STAR, '\\*')}`
}

/** Short answer. */
export const short: QuestionKindModule<ShortQuestion, ShortResponse, Record<string, never>> = {
  kind: 'short',
  question: ShortQuestionSchema,
  response: ShortResponseSchema,
  label: 'short answer',
  hint: 'Type a short answer.',
  points: 1,
  textLimit: ANSWER_LIMITS.shortAnswer,
  rules: {
    reads: ['accepted'],
    * check(q) {
      if (q.accepted.length === 0)
        yield ['accepted', 'is empty; a short-answer question needs at least one accepted answer']
      for (const [i, answer] of q.accepted.entries()) {
        if (answer.trim() !== '' && normalizeAnswer(answer) === '')
          yield [`accepted[${i}]`, `${describeValue(answer)} has no letters or digits, so no answer can match it`]
      }
      yield* repeats(q.accepted, i => `accepted[${i}]`, 'duplicate answer: it', normalizeAnswer)
    },
  },
  checkIds: () => undefined,
  score: (q, r) => {
    const typed = normalizeAnswer(r.text)
    const right = typed !== '' && q.accepted.some(a => normalizeAnswer(a) === typed)
    return { fraction: right ? 1 : 0, feedback: feedbackOf(right ? q.feedback?.correct : q.feedback?.incorrect) }
  },
  correctResponse: q => ({ kind: 'short', text: q.accepted[0] ?? '' }),
  hasAnswer: (_, r) => r.text.trim() !== '',
  shuffle: q => q,
  shown: () => ({}),
  shownSchema: v.object({}),
  toShown: (_, __, r) => r,
  fromShown: (_, __, r) => r,
  responseText: (_, r) => typedText(r.text),
  correctText: q => q.accepted.join(' or '),
  worksheet: q => ({ instruction: 'Write a short answer.', items: [], options: [], answer: q.accepted.join(' or '), writeIn: 'always' }),
  gift: (q) => {
    const right = shortAnswerVariants(q.accepted).map(a => `=%100%${giftShortAnswer(a)}${giftFeedback(q.feedback?.correct)}`)
    // Moodle's catch-all: any other answer scores 0 and gets the wrong-answer feedback.
    const otherwise = q.feedback?.incorrect ? [`=%0%*${giftFeedback(q.feedback.incorrect)}`] : []
    return { answers: [...right, ...otherwise] }
  },
  moodleXml: q => ({
    type: 'shortanswer',
    lines: [
      // 0: case is ignored. The variants make up for accents, spacing and punctuation.
      '    <usecase>0</usecase>',
      // `\*` is a literal star to Moodle's matcher; `*` alone, last, is its catch-all for any other answer.
      ...shortAnswerVariants(q.accepted).map(a => xmlAnswer(100, xmlText(a.replace(STAR, '\\*')), q.feedback?.correct)),
      ...(q.feedback?.incorrect ? [xmlAnswer(0, xmlText('*'), q.feedback.incorrect)] : []),
    ],
  }),
  key: q => [`- Accepted: ${q.accepted.map(a => `**${escapeMarkdown(a)}**`).join(', ')} (case, accents, spacing and punctuation ignored)`],
}
