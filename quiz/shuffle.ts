import type { Bank, MatchingPair, MatchingQuestion, Question } from './types'
import { assertNever } from './guards'

/** A seed: any string or number; the same seed always gives the same order. */
export type Seed = string | number

/** Turn a seed into a 32-bit integer (FNV-1a over the seed's text). */
export function seedToInt(seed: Seed): number {
  const text = String(seed)
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The mulberry32 generator: a function that returns numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: Seed): () => number {
  let state = seedToInt(seed)
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy of `items` (Fisher–Yates driven by mulberry32); the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  const random = mulberry32(seed)
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = result[i] as T
    result[i] = result[j] as T
    result[j] = a
  }
  return result
}

/**
 * The question with its options (single, multiple), pairs (matching) or items (ordering) shuffled.
 * Only the order of display changes: responses name ids, so grading is unchanged.
 */
export function shuffleQuestion<Q extends Question>(question: Q, seed: Seed): Q
export function shuffleQuestion(q: Question, seed: Seed): Question {
  const key = `${String(seed)}:${q.id}`
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return { ...q, options: shuffle(q.options, key) }
    case 'matching':
      return { ...q, pairs: shuffle(q.pairs, key) }
    case 'ordering':
      return { ...q, items: shuffle(q.items, key) }
    case 'true-false':
    case 'short':
    case 'open':
      return q
    default:
      return assertNever(q)
  }
}

/**
 * The right-hand column of a matching question in a shuffled order, independent of the order of
 * the left column: each entry keeps its pair id, which is what a response names.
 */
export function rightColumn(question: MatchingQuestion, seed: Seed): Pick<MatchingPair, 'id' | 'right'>[] {
  return shuffle(question.pairs.map(p => ({ id: p.id, right: p.right })), `${String(seed)}:${question.id}:right`)
}

/** The bank with its questions in a shuffled order and each question's choices shuffled too. */
export function shuffleBank(bank: Bank, seed: Seed): Question[] {
  return shuffle(bank, seed).map(q => shuffleQuestion(q, seed))
}
