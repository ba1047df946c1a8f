// How the teacher's page and the report's HTML file write the class report's figures: shares as
// percentages, the discrimination index to two decimals, a question by its number and source.

/** A share from 0 to 1 as a percentage, "–" when there is none. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`
}

/** The discrimination index to two decimals, "–" when there are too few answers to tell. */
export function index(value: number | null): string {
  return value === null ? '–' : value.toFixed(2)
}

/** "Q3" for the full quiz's third question, "Live 2" for the second live one: how the page names an item. */
export function itemLabels(report: { readonly items: readonly { readonly key: string, readonly source: 'quiz' | 'live' }[] }): Record<string, string> {
  const labels: Record<string, string> = {}
  let quiz = 0
  let live = 0
  for (const item of report.items)
    labels[item.key] = item.source === 'quiz' ? `Q${++quiz}` : `Live ${++live}`
  return labels
}

/** A number of points as a teacher writes it: whole, or to one decimal ("16.7", never "16.67"). */
export function pointsNumber(value: number): string {
  const tenths = Math.round(value * 10) / 10
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1)
}

/** Points as "16.7 of 49 (34%)"; "0 of 0" without a percentage when nothing counted yet. */
export function points(p: { readonly score: number, readonly max: number }): string {
  const of = `${pointsNumber(p.score)} of ${pointsNumber(p.max)}`
  return p.max > 0 ? `${of} (${percent(p.score / p.max)})` : of
}
