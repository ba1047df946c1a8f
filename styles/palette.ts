// One small palette for the deck, the quiz and the student pages, chosen to survive a washed-out
// classroom projector: dark text on white, text at 4.5:1 or more, lines, bars and controls at 3:1 or
// more (WCAG 2.2, 1.4.3 and 1.4.11). Components read these values, in SVG as attributes and in CSS
// as `var(--palette-…)` variables that setup/palette-css.ts writes from this file, so a colour lives
// in one place and its contrast is checked once, in palette.test.ts.

/** The colours everything draws with. */
export const palette = {
  /** Page background. */
  paper: '#ffffff',
  /** Body text. */
  ink: '#1f2937',
  /** Secondary text: dates, notes, sources, hints. */
  inkMuted: '#4b5563',
  /** Headings, table headers, links, named mergers, primary buttons. */
  accent: '#1e3a8a',
  /** Text on `accent`. */
  onAccent: '#ffffff',
  /** Bars of a bar chart, the focus ring, the bright end of the cover's gradient. */
  bar: '#1d4ed8',
  /** Axis lines, outlines of things "not in the text". */
  rule: '#475569',
  /** Every other table row. */
  zebra: '#eef2f7',
  /** A light panel behind text: callouts, a chosen answer, the downloads box. */
  panel: '#eff4ff',
  /** The border of a panel (decoration: the panel's text carries the meaning). */
  panelLine: '#c7d2fe',
  /** The border of a text box, a list or a button that must be seen to be used. */
  control: '#6b7280',
  /** A quiet border around an answer's box (decoration: the radio button or checkbox inside is the control). */
  hairline: '#d1d5db',
  /** The border and text of a control that cannot be used now (exempt from contrast, WCAG 1.4.3). */
  disabled: '#6b7280',
  /** A right answer: the word "Correct", its icon and border. */
  correct: '#15803d',
  /** A partly right answer; also a notice's border. */
  partial: '#b45309',
  /** A wrong answer; also a destructive button and an error message. */
  wrong: '#b91c1c',
  /** The panel behind a revealed answer. */
  correctPanel: '#f0fdf4',
  /** The panel behind a notice. */
  noticePanel: '#fffbeb',
} as const

/** The name of a palette colour. */
export type PaletteColor = keyof typeof palette

/** The colour of each fact-check verdict; the verdict is always shown as a word and a shape too. */
export const verdictColors = {
  'false': '#b91c1c',
  'inaccurate': '#c2410c',
  'misleading': '#6d28d9',
  'unverified': '#475569',
  'mostly-true': '#15803d',
} as const

const CAPITAL = /[A-Z]/g

/** The CSS variable of a palette colour: `inkMuted` → `--palette-ink-muted`. */
export function paletteVariable(name: PaletteColor): string {
  return `--palette-${name.replace(CAPITAL, c => `-${c.toLowerCase()}`)}`
}

/** Every palette colour as a CSS custom property on `:root`, for stylesheets to read with `var()`. */
export function paletteCss(): string {
  const lines = Object.entries(palette).map(([name, value]) => `  ${paletteVariable(name as PaletteColor)}: ${value};`)
  return `:root {\n${lines.join('\n')}\n}\n`
}

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
