// Open answer: a few sentences, marked by the teacher against a short rubric, never automatically.
import type { QuestionKindModule } from './kind'
import * as v from 'valibot'
import { escapeMarkdown, xmlShown } from '../export-text'
import { ANSWER_LIMITS } from '../limits'
import { list, mustBe, questionSchema, responseSchema, TextSchema } from '../schema'
import { normalizeAnswer } from '../text'
import { countBetween, repeats, typedText } from './shared'

/** One quality level of a marking guide: the mark, and what an answer at that mark does. */
const LevelSchema = v.object({
  points: v.pipe(v.number(mustBe('a number')), v.integer(mustBe('a whole number')), v.minValue(0, mustBe('0 or more'))),
  means: TextSchema,
})

/** Write a few sentences; marked by the teacher against a short rubric, never automatically. */
const OpenQuestionSchema = questionSchema('open', {
  /** What the teacher looks for, one point each: 1–5 short statements, for the answer key. */
  rubric: list(TextSchema),
  /**
   * The quality levels a marker matches the whole answer to, from the question's points down to 0:
   * what a full answer does, a partial one, and one that earns nothing.
   */
  levels: list(LevelSchema),
  /** An answer that meets the rubric, for the answer key and the feedback after submitting. */
  sample: TextSchema,
})

/** The levels as one line: "3: …; 2: …; 0: …". */
function levelsText(q: OpenQuestion): string {
  return q.levels.map(level => `${level.points}: ${level.means}`).join('; ')
}

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
    reads: ['rubric', 'levels', 'points'],
    * check(q) {
      yield* countBetween(q.rubric.length, 1, 5, 'rubric', `has ${q.rubric.length} points; an open question's rubric needs 1–5`)
      yield* repeats(q.rubric, i => `rubric[${i}]`, 'duplicate rubric point: it', normalizeAnswer)
      yield* countBetween(q.levels.length, 2, 5, 'levels', `has ${q.levels.length} quality levels; a marking guide needs 2–5`)
      if (q.levels.length > 0 && q.levels[0]!.points !== q.points)
        yield ['levels[0].points', `is ${q.levels[0]!.points}; the top level is the question's ${q.points} points`]
      if (q.levels.length > 1 && q.levels.at(-1)!.points !== 0)
        yield [`levels[${q.levels.length - 1}].points`, `is ${q.levels.at(-1)!.points}; the lowest level is 0 points`]
      for (let i = 1; i < q.levels.length; i++) {
        if (q.levels[i]!.points >= q.levels[i - 1]!.points)
          yield [`levels[${i}].points`, `is ${q.levels[i]!.points}; each level is worth fewer points than the one before (${q.levels[i - 1]!.points})`]
      }
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
      `    ${xmlShown('graderinfo', `Rubric (one point each): ${q.rubric.join('; ')}. Quality levels (points: what the answer does): ${levelsText(q)}. Sample answer: ${q.sample}`)}`,
    ],
  }),
  key: q => [
    'Marked by the teacher, one point for each of:',
    ...q.rubric.map(point => `- ${escapeMarkdown(point)}`),
    '',
    'Quality levels, for the whole answer:',
    ...q.levels.map(level => `- **${level.points}**: ${escapeMarkdown(level.means)}`),
    '',
    `**Sample answer:** ${escapeMarkdown(q.sample)}`,
  ],
}
