// The one rule for points, read from the kind modules: a question with one thing to find is worth 1,
// a question with several parts (some of which can be right) 2, an open answer the teacher marks
// against its rubric 3.
import { KINDS, QUESTION_KINDS } from './kinds'

/** What each number of points stands for, in the rule's words. */
const POINTS_MEANING: Readonly<Record<number, string>> = {
  1: 'one thing to find',
  2: 'several parts, with partial credit',
  3: 'an answer the teacher marks against its rubric',
}

/** The points of each kind. */
export const POINTS_BY_KIND = Object.fromEntries(QUESTION_KINDS.map(kind => [kind, KINDS[kind].points])) as { readonly [K in keyof typeof KINDS]: number }

/** The rule in words, for the answer key and the README: each number of points, and the kinds it is for. */
export const POINTS_RULE = `Points: ${[...new Set(QUESTION_KINDS.map(kind => KINDS[kind].points))]
  .sort((a, b) => a - b)
  .map(points => `${points} for ${POINTS_MEANING[points] ?? 'these kinds'} (${QUESTION_KINDS.filter(kind => KINDS[kind].points === points).map(kind => KINDS[kind].label).join(', ')})`)
  .join('; ')}.`
