// The lesson's one order of options: every choice question's options (and a matching question's
// pairs, an ordering question's items) are shuffled once, seeded by the question's id and this
// lesson-wide seed, and that order is used everywhere a student meets the question: the printed
// slides, the projector, the phones, the quick checks and the self-paced quiz's default order, so
// "B" means the same on paper and on screen. The bank lists each question's right option first;
// the seed was chosen so that the right option falls on every letter, no letter holding it in more
// than 40% of the live questions (quiz/order.test.ts holds that, and names a new seed if the bank
// changes the spread).
import type { Bank, Question } from './types'
import { shuffleBank, shuffleQuestion } from './shuffle'

/** The seed of the lesson's one order. */
export const LESSON_SEED = 'tmtpost'

/** The question with its options, pairs or items in the lesson's order. */
export function inLessonOrder<Q extends Question>(question: Q): Q {
  return shuffleQuestion(question, LESSON_SEED)
}

/**
 * The questions of an attempt in the order it shows them: with the lesson's seed, the bank's
 * teaching order and each question in the lesson's order (everyone's default, the same as the
 * slides); with another seed (`/quiz?seed=…`), questions and options shuffled for that student.
 */
export function attemptOrder(bank: Bank, seed: string): Question[] {
  return seed === LESSON_SEED ? bank.map(inLessonOrder) : shuffleBank(bank, seed)
}
