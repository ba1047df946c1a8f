// Seeded shuffling of a bank and of each question's options, pairs or items (each kind's module
// says what it shuffles). Only the order of display changes: responses name ids, so grading is
// unchanged.
import type { Seed } from './random'
import type { Bank, Question } from './types'
import { kindOf } from './kinds'
import { shuffle } from './random'

/**
 * The question with its options (single, multiple), pairs (matching) or items (ordering) shuffled.
 * Only the order of display changes: responses name ids, so grading is unchanged.
 */
export function shuffleQuestion<Q extends Question>(question: Q, seed: Seed): Q {
  return kindOf<Q['kind']>(question.kind).shuffle(question, `${String(seed)}:${question.id}`) as Q
}

/** The bank with its questions in a shuffled order and each question's choices shuffled too. */
export function shuffleBank(bank: Bank, seed: Seed): Question[] {
  return shuffle(bank, seed).map(q => shuffleQuestion(q, seed))
}
