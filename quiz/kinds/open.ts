// Open answer: a few sentences, marked by the teacher against a short rubric, never automatically.
import type { QuestionKindModule } from './kind'
import * as v from 'valibot'
import { escapeMarkdown, xmlShown } from '../export-text'
import { ANSWER_LIMITS } from '../limits'
import { list, mustBe, questionSchema, responseSchema, TextSchema } from '../schema'
import { normalizeAnswer } from '../text'
import { countBetween, repeats, typedText } from './shared'

/** Write a few sentences; marked by the teacher against a short rubric, never automatically. */
const OpenQuestionSchema = questionSchema('open', {
  /** What the teacher looks for, one point each: 1–5 short statements, for the answer key. */
  rubric: list(TextSchema),
  /** An answer that meets the rubric, for the answer key and the feedback after submitting. */
  sample: TextSchema,
})

/** What the student wrote. */
const OpenResponseSchema = responseSchema('open', { text: v.string(mustBe('a string')) })

/** Write a few sentences, marked by the teacher against a rubric. */
export type OpenQuestion = v.InferOutput<typeof OpenQuestionSchema>

/** The answer to an `open` question: what the student wrote. */
export type OpenResponse = Readonly<v.InferOutput<typeof OpenResponseSchema>>

/** Open answer. */
export const open: QuestionKindModule<OpenQuestion, OpenResponse, Record<string, never>> = {
  kind: 'open',
  question: OpenQuestionSchema,
  response: OpenResponseSchema,
  label: 'open answer, marked by the teacher',
  hint: 'Write a few sentences. Your teacher marks this answer.',
  points: 3,
  byTeacher: true,
  textLimit: ANSWER_LIMITS.openAnswer,
  rules: {
    reads: ['rubric'],
    * check(q) {
      yield* countBetween(q.rubric.length, 1, 5, 'rubric', `has ${q.rubric.length} points; an open question's rubric needs 1–5`)
      yield* repeats(q.rubric, i => `rubric[${i}]`, 'duplicate rubric point: it', normalizeAnswer)
    },
  },
  checkIds: () => undefined,
  // Not marked here: the teacher marks it against the rubric.
  score: () => ({ fraction: 0, feedback: ['Your teacher marks this answer.'] }),
  correctResponse: q => ({ kind: 'open', text: q.sample }),
  hasAnswer: (_, r) => r.text.trim() !== '',
  shuffle: q => q,
  shown: () => ({}),
  shownSchema: v.object({}),
  toShown: (_, __, r) => r,
  fromShown: (_, __, r) => r,
  responseText: (_, r) => typedText(r.text),
  correctText: q => `Your teacher looks for: ${q.rubric.join('; ')}. For example: ${q.sample}`,
  worksheet: q => ({ instruction: 'Write a few sentences.', items: [], options: [], answer: `Look for: ${q.rubric.join('; ')}`, writeIn: 'none' }),
  // Nothing but the general feedback in the braces: Moodle reads an essay question. GIFT has no
  // place for the rubric (Moodle XML's graderinfo has); the answer key carries it.
  gift: () => ({ answers: [] }),
  // An essay the teacher marks: the rubric and a sample answer go to the grader's information.
  moodleXml: q => ({
    type: 'essay',
    lines: [
      '    <responseformat>editor</responseformat>',
      '    <responserequired>1</responserequired>',
      '    <responsefieldlines>8</responsefieldlines>',
      `    ${xmlShown('graderinfo', `Rubric (one point each): ${q.rubric.join('; ')}. Sample answer: ${q.sample}`)}`,
    ],
  }),
  key: q => [
    'Marked by the teacher, one point for each of:',
    ...q.rubric.map(point => `- ${escapeMarkdown(point)}`),
    '',
    `**Sample answer:** ${escapeMarkdown(q.sample)}`,
  ],
}
