import type { Bank } from '../../quiz/types'
import type { LoadResult, QuizProgress } from './quiz-storage'
import { newSeed, seedFromSearch } from './quiz-seed'
import { emptyProgress } from './quiz-storage'

/** The attempt the page opens with, and a notice to show when saved progress was not used. */
export interface SessionStart {
  readonly progress: QuizProgress
  /** One short sentence for a `role="status"` notice; empty when there is nothing to say. */
  readonly notice: string
}

/** What {@link startSession} decides from: the page's query, what was saved, and a source of randomness. */
export interface SessionInput {
  readonly bank: Bank
  /** `location.search`: `?seed=` asks for a particular order. */
  readonly search: string
  readonly saved: LoadResult
  readonly random: () => number
}

/**
 * Decide which attempt the page shows. Saved progress is resumed unless the address asks for a
 * different order (`?seed=`); otherwise a new attempt starts, with the seed from the address or a
 * fresh random one (which is then saved, so a reload keeps the same order).
 */
export function startSession({ search, saved, random }: SessionInput): SessionStart {
  const asked = seedFromSearch(search)
  if (!saved.ok) {
    return {
      progress: emptyProgress(asked ?? newSeed(random)),
      notice: `Your saved answers could not be used (${saved.reason}), so a new attempt has started.`,
    }
  }
  const previous = saved.value
  if (previous && (asked === undefined || asked === previous.seed))
    return { progress: previous, notice: '' }
  if (previous && asked !== undefined) {
    return {
      progress: emptyProgress(asked, previous.name),
      notice: `This address asks for question order "${asked}", so a new attempt has started in that order.`,
    }
  }
  return { progress: emptyProgress(asked ?? newSeed(random)), notice: '' }
}
