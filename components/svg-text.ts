// SVG does not wrap or measure text before it is drawn, so layouts that must keep labels apart
// estimate their width. The estimate is deliberately generous: a label that is narrower than
// estimated leaves a little extra space, one that is wider would overlap its neighbour.

/** Average advance of a character, in em, for the deck's sans font (Atkinson Hyperlegible). */
const EM_PER_CHAR = { regular: 0.58, bold: 0.62 } as const

/** Narrow characters that would make the average too generous for short labels. */
const NARROW = /[\s.,:;'’|il!()[\]-]/

/** Wide characters that would make the average too mean: "100%" must not run off the chart. */
const WIDE = /[%@MW—]/i

/** An upper bound on the width of one line of SVG text, in the units of its font size. */
export function estimateTextWidth(text: string, fontSize: number, weight: 'regular' | 'bold' = 'regular'): number {
  let ems = 0
  for (const char of text)
    ems += NARROW.test(char) ? 0.32 : WIDE.test(char) ? 0.9 : EM_PER_CHAR[weight]
  return Math.ceil(ems * fontSize)
}
