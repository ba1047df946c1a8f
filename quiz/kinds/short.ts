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
/** A word as the grader reads it: letters and digits (with their accents), between anything else. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu

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
 * Moodle's short-answer patterns for these answers, so that Moodle accepts what the grader
 * accepts, as far as it can. Moodle ignores case only (`<usecase>0</usecase>`), trims the response,
 * and reads `*` as any text, `\*` as a star and the rest literally
 * (`qtype_shortanswer_question::compare_string_with_wildcard()`); the grader also ignores accents,
 * spacing and punctuation. So each answer's words (its letters and digits, as the grader reads
 * them: "²" is "2") are joined by `*`, which accepts any spacing or punctuation between them
 * ("demographic  dividend", "Live-Streaming", "livestreaming"), and, the price of it, any words
 * there too ("live video streaming"); then again with a full stop after them; then both without
 * accents ("renkou*hongli"). No `*` before or after the words: it would accept anything added
 * ("live streaming, or live shopping"). First comes the answer as written, stars escaped, when the
 * pattern would not show it so: Moodle shows the first as the right answer, stars as spaces. No
 * pattern twice, ignoring case.
 */
export function shortAnswerPatterns(accepted: readonly string[]): string[] {
  const seen = new Set<string>()
  return accepted
    .flatMap((answer) => {
      const written = answer.trim().normalize('NFC')
      const forms = [written.normalize('NFKC'), removeAccents(written).normalize('NFC')]
        .map(form => form.match(WORD) ?? [])
        .filter(words => words.length > 0)
      const asWritten = forms[0]?.join(' ') === written ? [] : [written.replace(STAR, '\\*')]
      return [...asWritten, ...forms.flatMap(words => [words.join('*'), `${words.join('*')}.`])]
    })
    .filter((pattern) => {
      const key = pattern.toLowerCase()
      if (pattern === '' || seen.has(key))
        return false
      seen.add(key)
      return true
    })
}

/**
 * A short-answer pattern in GIFT (`shortAnswerPatterns`): not HTML, since Moodle compares it rather
 * than shows it; its `\*` written `\\*`, which Moodle reads back as `\*`. A `->` becomes `→` (see
 * `escapeGift`); the patterns, which keep only words, still match what was meant. One thing GIFT
 * cannot carry: an answer holding one of Moodle's placeholders (`&&058;` is read as `:`); Moodle
 * XML can.
 */
function giftShortAnswer(pattern: string): string {
  return `${formatMarker(pattern)}${escapeGift(pattern)}`
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
    const right = shortAnswerPatterns(q.accepted).map(a => `=%100%${giftShortAnswer(a)}${giftFeedback(q.feedback?.correct)}`)
    // Moodle's catch-all: any other answer scores 0 and gets the wrong-answer feedback.
    const otherwise = q.feedback?.incorrect ? [`=%0%*${giftFeedback(q.feedback.incorrect)}`] : []
    return { answers: [...right, ...otherwise] }
  },
  moodleXml: q => ({
    type: 'shortanswer',
    lines: [
      // 0: case is ignored. The patterns make up for accents, spacing and punctuation.
      '    <usecase>0</usecase>',
      ...shortAnswerPatterns(q.accepted).map(a => xmlAnswer(100, xmlText(a), q.feedback?.correct)),
      // `*` alone, last, is Moodle's catch-all for any other answer.
      ...(q.feedback?.incorrect ? [xmlAnswer(0, xmlText('*'), q.feedback.incorrect)] : []),
    ],
  }),
  key: q => [`- Accepted: ${q.accepted.map(a => `**${escapeMarkdown(a)}**`).join(', ')} (case, accents, spacing and punctuation ignored)`],
}
