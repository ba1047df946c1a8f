// The deck as Slidev parses it: the slides, their titles, frontmatter and notes. Used by the export
// (to check it wrote a page per slide) and by the tests.
import { resolve } from 'node:path'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import { lessonPreparser } from '../../setup/lesson-preparser'

const TAG = /<[^>]+>/g
const SOFT_HYPHEN = /\u00AD/g
const SPACES = /\s+/g

/** The project root, where slides.md lives. */
export const root = resolve(import.meta.dirname, '../..')

/** What a test needs to know of one slide, read from the deck's Markdown. */
export interface DeckSlide {
  no: number
  title: string
  frontmatter: Record<string, unknown>
  /** The slide's Markdown body, without frontmatter and notes. */
  content: string
  note: string
}

/**
 * Has Slidev's parser put the facts of content/ into the deck (setup/preparser.ts), as Slidev's CLI
 * does, for a script that reads the deck or starts Slidev itself (the export, the tests).
 */
export function useQuotedFacts(): void {
  injectPreparserExtensionLoader(async (_roots, _headmatter, filepath) => [lessonPreparser(filepath)])
}

/** The slides of `slides.md` (with its `src:` imports), as Slidev itself parses them, the quoted facts put in. */
export async function readDeck(): Promise<DeckSlide[]> {
  useQuotedFacts()
  const data = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  return data.slides
    .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
    .map((slide, i) => ({
      no: i + 1,
      title: (slide.title ?? '').replace(TAG, '').trim(),
      frontmatter: slide.frontmatter,
      content: slide.source?.content ?? slide.content ?? '',
      note: slide.note ?? '',
    }))
}

/** Collapses white space (and soft hyphenation) so text from a PDF compares with the source. */
export function normalizeText(text: string): string {
  return text.replace(SOFT_HYPHEN, '').replace(SPACES, ' ').trim()
}
