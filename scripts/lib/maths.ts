// Slidev turns on its maths (KaTeX) when the deck's Markdown, speaker notes included, has two `$` on
// one line or a `$$`, and then every build ships KaTeX's stylesheet and its fonts (about 60 files,
// 1.1 MB, a quarter of the site) and lists each in the build log. The lesson has no maths; amounts in
// US dollars on one line ("US$9.8B … US$675M") are enough to trigger it. The build names such lines.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { root } from './deck'

/** The part of a slide the check reads: where it comes from and its Markdown as written. */
export interface SlideSource {
  readonly filepath: string
  /** The line where the slide starts in its file, counted from 0. */
  readonly start: number
  readonly raw: string
}

/** A line that makes Slidev load KaTeX. */
export interface MathsTrigger {
  readonly file: string
  /** Counted from 1. */
  readonly line: number
}

// Slidev 52's own test (@slidev/parser, detectFeatures), applied line by line.
const INLINE_MATHS = /\$.*\$/
const BLOCK_MATHS = '$$'

/** The lines of the deck that make Slidev load KaTeX, with paths relative to `base`. */
export function mathsTriggers(slides: readonly SlideSource[], base: string = root): MathsTrigger[] {
  return slides.flatMap(slide => slide.raw.split('\n').flatMap((text, i) =>
    INLINE_MATHS.test(text) || text.includes(BLOCK_MATHS)
      ? [{ file: relative(base, slide.filepath), line: slide.start + i + 1 }]
      : []))
}

/** One warning line for the build's output. */
export function mathsWarning(trigger: MathsTrigger): string {
  return `${trigger.file}:${trigger.line} has two $ signs on one line, so Slidev adds its maths fonts (KaTeX, about 1.1 MB) to the site. `
    + 'Keep one $ per line (or write USD).'
}

/** The lines of this deck (slides.md and the pages it imports) that make Slidev load KaTeX. */
export async function deckMathsTriggers(): Promise<MathsTrigger[]> {
  const data: LoadedSlidevData = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  return mathsTriggers(data.slides.map(slide => slide.source))
}
