import type { Plugin } from 'vite'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

/** One `@font-face` rule of a stylesheet, with the code points its `unicode-range` covers. */
interface FontFace {
  readonly css: string
  readonly ranges: readonly (readonly [number, number])[]
}

const FONT_FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}/g
const UNICODE_RANGE = /unicode-range:\s*([^;}]+)/
const HEX_RANGE = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i
const WILDCARD_RANGE = /^U\+([0-9A-F?]+)$/i

/**
 * Parses a CSS `unicode-range` value (`U+4E00-4E2F,U+3000,U+4??`) into inclusive code-point pairs.
 * Throws on a part it cannot read, so a changed font package is noticed at build time.
 */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map(part => part.trim()).filter(Boolean).map((part) => {
    const wildcard = WILDCARD_RANGE.exec(part)
    if (wildcard && part.includes('?'))
      return [Number.parseInt(wildcard[1]!.replaceAll('?', '0'), 16), Number.parseInt(wildcard[1]!.replaceAll('?', 'F'), 16)]
    const range = HEX_RANGE.exec(part)
    if (!range)
      throw new Error(`font-subset: cannot read unicode-range part "${part}"`)
    const start = Number.parseInt(range[1]!, 16)
    return [start, range[2] ? Number.parseInt(range[2], 16) : start]
  })
}

/** Every code point that occurs in the texts. */
export function codePointsIn(texts: readonly string[]): Set<number> {
  const points = new Set<number>()
  for (const text of texts) {
    for (const char of text)
      points.add(char.codePointAt(0)!)
  }
  return points
}

function fontFaces(css: string): FontFace[] {
  return Array.from(css.matchAll(FONT_FACE), ([rule]) => {
    const range = UNICODE_RANGE.exec(rule)
    return { css: rule, ranges: range ? parseUnicodeRange(range[1]!) : [[0, 0x10FFFF]] }
  })
}

/**
 * Keeps the `@font-face` rules whose `unicode-range` covers at least one of the used code points.
 * A font split into a hundred unicode-range pieces (as Noto Sans SC is) lists every piece in the CSS
 * that every page loads; a lesson uses a few hundred characters, so most rules, and the font files
 * they name, are dead weight.
 */
export function keepUsedFontFaces(css: string, used: ReadonlySet<number>): string {
  return fontFaces(css)
    .filter(face => [...used].some(point => face.ranges.some(([from, to]) => point >= from && point <= to)))
    .map(face => face.css)
    .join('\n\n')
}

/** The text of every file below `dir` with one of the extensions (node_modules and dist skipped). */
export function textsBelow(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.'))
      return []
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      return textsBelow(path, extensions)
    return extensions.includes(extname(name)) ? [readFileSync(path, 'utf8')] : []
  })
}

/** Options for {@link keepUsedGlyphRanges}. */
export interface KeepUsedGlyphRangesOptions {
  /** Matches the stylesheets to trim, such as `@fontsource/noto-sans-sc/400.css`. */
  stylesheet: RegExp
  /** Where the text the deck and the quiz show comes from. */
  sources: readonly string[]
  /** File types read under `sources`. */
  extensions?: readonly string[]
}

/**
 * A Vite plugin that trims a split font's stylesheet to the pieces the project's text needs. The
 * text is read once, when the build (or the dev server) starts: restart `npm run dev` after adding
 * characters from a new piece of the font.
 */
export function keepUsedGlyphRanges(options: KeepUsedGlyphRangesOptions): Plugin {
  const extensions = options.extensions ?? ['.md', '.ts', '.vue']
  let used: Set<number> | undefined
  return {
    name: 'lesson:keep-used-glyph-ranges',
    enforce: 'pre',
    transform(code, id) {
      if (!options.stylesheet.test(id))
        return
      used ??= codePointsIn(options.sources.flatMap(source => statSync(source).isDirectory()
        ? textsBelow(source, extensions)
        : [readFileSync(source, 'utf8')]))
      return { code: keepUsedFontFaces(code, used), map: null }
    },
  }
}
