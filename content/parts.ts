/** The lesson's parts, in teaching order. */
export const PART_IDS = ['intro', 'part-1', 'part-2', 'part-3', 'conclusion', 'critical-reading'] as const

/** One part of the lesson: the introduction, the article's three parts, its conclusion, or the critical reading. */
export type PartId = typeof PART_IDS[number]

/** A part of the lesson with the words to show for it. */
export interface Part {
  /** Stable id, used by slides, facts and quiz questions. */
  readonly id: PartId
  /** Short label for headers and tables ("Part 1"). */
  readonly label: string
  /** The part's title; for the three parts, the article's own argument in plain words. */
  readonly title: string
}

/** Every part, in teaching order, with its label and title. */
export const parts = [
  { id: 'intro', label: 'Introduction', title: 'The question and the thesis' },
  { id: 'part-1', label: 'Part 1', title: 'The need to upgrade traditional business' },
  { id: 'part-2', label: 'Part 2', title: 'The eagerness to survive and succeed' },
  { id: 'part-3', label: 'Part 3', title: 'Insecurity and the focus on technology' },
  { id: 'conclusion', label: 'Conclusion', title: 'The gap is narrowing' },
  { id: 'critical-reading', label: 'Reading it critically', title: 'Reading it critically' },
] as const satisfies readonly Part[]

/** Whether a value is one of the lesson's part ids. */
export function isPartId(value: unknown): value is PartId {
  return typeof value === 'string' && (PART_IDS as readonly string[]).includes(value)
}

/** The part with this id. */
export function partById(id: PartId): Part {
  const part = parts.find(p => p.id === id)
  if (!part)
    throw new Error(`unknown part: ${id}`)
  return part
}
