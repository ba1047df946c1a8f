// Item statistics, as a teacher reads them after a test: how hard each question was (facility) and
// whether it told the students who did well from those who did not (discrimination), as Moodle's
// quiz statistics report computes them (mod/quiz/report/statistics: the facility index is the mean
// score as a share of the maximum; the discrimination index is the correlation between the score on
// the item and the score on the rest of the test). Pure functions over a table of scores.

/** The thresholds below which a question is flagged for the teacher's attention. */
export const FLAG_BELOW = {
  /** Fewer than 3 in 10 points earned: hard, or taught too lightly, or worded badly. */
  facility: 0.3,
  /** Those who did well overall did not do better on it: worth reading again. */
  discrimination: 0.1,
} as const

/** The fewest takers for a discrimination index to mean anything. */
export const MIN_TAKERS_FOR_DISCRIMINATION = 3

/** One taker's score on an item and on the whole test (the item included). */
export interface ItemScore {
  readonly score: number
  readonly total: number
}

/** The mean score on an item as a share of its maximum (0 to 1); null with no takers. */
export function facility(scores: readonly number[], max: number): number | null {
  if (scores.length === 0 || max <= 0)
    return null
  return scores.reduce((sum, s) => sum + s, 0) / scores.length / max
}

/** Pearson's correlation of two lists of the same length; null when either does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length)
  if (n < 2)
    return null
  const mean = (list: readonly number[]): number => list.slice(0, n).reduce((sum, x) => sum + x, 0) / n
  const mx = mean(xs)
  const my = mean(ys)
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx
    const dy = (ys[i] ?? 0) - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy)
}

/**
 * The discrimination index: the correlation between the score on the item and the score on the rest
 * of the test (the total without the item), so the item does not correlate with itself. Null with
 * fewer than three takers, or when the item or the rest does not vary (everyone right, say).
 */
export function discrimination(scores: readonly ItemScore[]): number | null {
  if (scores.length < MIN_TAKERS_FOR_DISCRIMINATION)
    return null
  return correlation(scores.map(s => s.score), scores.map(s => s.total - s.score))
}

/** Why a question needs the teacher's attention, in words; empty when it does not. */
export function flags(facilityIndex: number | null, discriminationIndex: number | null): string[] {
  const reasons: string[] = []
  if (facilityIndex !== null && facilityIndex < FLAG_BELOW.facility)
    reasons.push(`hard: the class earned ${Math.round(facilityIndex * 100)}% of its points (below ${FLAG_BELOW.facility * 100}%)`)
  if (discriminationIndex !== null && discriminationIndex < FLAG_BELOW.discrimination)
    reasons.push(`does not tell stronger from weaker answers: discrimination ${discriminationIndex.toFixed(2)} (below ${FLAG_BELOW.discrimination})`)
  return reasons
}
