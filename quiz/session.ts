import type { LoadResult, QuizProgress } from './progress'
import { emptyProgress } from './progress'
import { newSeed } from './seed'

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
  readonly random: () => number
}

/**
 * Decide which attempt the page shows: the saved attempt (the one the address names, or the latest),
 * else a new one with the seed from the address or a fresh random one (which is then saved, so a
 * reload keeps the same order). Attempts are kept apart, so opening another order never wipes one.
 */
export function startSession({ asked, saved, random }: SessionInput): SessionStart {
  if (!saved.ok) {
    return {
      progress: emptyProgress(asked ?? newSeed(random)),
      notice: `Your saved answers could not be used (${saved.reason}), so a new attempt has started.`,
    }
  }
  if (saved.value)
    return { progress: saved.value, notice: '' }
  return { progress: emptyProgress(asked ?? newSeed(random)), notice: '' }
}
