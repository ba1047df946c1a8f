import type { LoadResult, QuizProgress } from './progress'
import { LESSON_SEED } from './order'
import { emptyProgress } from './progress'

/** The attempt the page opens with, and a notice to show when saved progress was not used. */
export interface SessionStart {
  readonly progress: QuizProgress
  /** One short sentence for a `role="status"` notice; empty when there is nothing to say. */
  readonly notice: string
}

/** What {@link startSession} decides from: the seed the address asks for, what was saved, and a source of randomness. */
export interface SessionInput {
  /** The seed in the address (`?seed=`), if any. */
  readonly asked: string | undefined
  /** The attempt with that seed, or the latest attempt when the address asks for none. */
  readonly saved: LoadResult
}

/**
 * Decide which attempt the page shows: the saved attempt (the one the address names, or the latest),
 * else a new one with the seed from the address or, by default, the lesson's order (the letters of
 * the slides; quiz/order.ts). Attempts are kept apart, so opening another order never wipes one.
 */
export function startSession({ asked, saved }: SessionInput): SessionStart {
  if (!saved.ok) {
    return {
      progress: emptyProgress(asked ?? LESSON_SEED),
      notice: `Your saved answers could not be used (${saved.reason}), so a new attempt has started.`,
    }
  }
  if (saved.value)
    return { progress: saved.value, notice: '' }
  return { progress: emptyProgress(asked ?? LESSON_SEED), notice: '' }
}
