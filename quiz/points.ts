import type { QuestionKind } from './types'

/**
 * The one rule for points: a question with one thing to find is worth 1, a question with several
 * parts (some of which can be right) 2, an open answer the teacher marks against its rubric 3.
 */
export const POINTS_BY_KIND = {
  'single': 1,
  'true-false': 1,
  'short': 1,
  'multiple': 2,
  'matching': 2,
  'ordering': 2,
  'open': 3,
} as const satisfies Record<QuestionKind, number>

/** The rule in words, for the answer key and the README. */
export const POINTS_RULE = 'Points: 1 for one thing to find (single choice, true or false, short answer); 2 for several parts, with partial credit (multiple answers, matching, ordering); 3 for an open answer, which the teacher marks against its rubric.'
