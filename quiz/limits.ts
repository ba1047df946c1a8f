/**
 * How long typed answers may be. A short answer is a few words; a name is a name. Longer text is
 * not saved, so a paste of a whole page cannot fill the browser's storage or the results file.
 */
export const ANSWER_LIMITS = {
  /** Characters in a short answer. */
  shortAnswer: 200,
  /** Characters in an open answer: a paragraph or two. */
  openAnswer: 2000,
  /** Characters in the student's name on the self-paced quiz. */
  name: 100,
} as const
