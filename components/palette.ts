// One small palette for every component, chosen to survive a washed-out classroom projector:
// dark text on white, text at 4.5:1 or more, lines and bars at 3:1 or more (WCAG 2.2, 1.4.3 and 1.4.11).
// Components read these values, in CSS through `v-bind()` and in SVG as attributes, so a colour
// lives in one place and its contrast is checked once, in palette.test.ts.

/** The colours the components draw with. */
export const palette = {
  /** Page background. */
  paper: '#ffffff',
  /** Body text. */
  ink: '#1f2937',
  /** Secondary text: dates, notes, sources. */
  inkMuted: '#4b5563',
  /** Headings, table headers, named mergers. */
  accent: '#1e3a8a',
  /** Text on `accent`. */
  onAccent: '#ffffff',
  /** Bars of a bar chart. */
  bar: '#1d4ed8',
  /** Axis lines, outlines of things "not in the text". */
  rule: '#475569',
  /** Every other table row. */
  zebra: '#eef2f7',
} as const

/** The colour of each fact-check verdict; the verdict is always shown as a word and a shape too. */
export const verdictColors = {
  'false': '#b91c1c',
  'inaccurate': '#c2410c',
  'misleading': '#6d28d9',
  'unverified': '#475569',
  'mostly-true': '#15803d',
} as const

function channel(value: number): number {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

const HEX_COLOUR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i

function luminance(hex: string): number {
  const match = HEX_COLOUR.exec(hex)
  if (!match)
    throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = match.slice(1).map(h => channel(Number.parseInt(h, 16))) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
