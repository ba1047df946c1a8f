import type { SlidevPreparserExtension } from '@slidev/types'
import { expandQuotes } from '../content/quoted'

/** The deck's preparser extension: every `[[name]]` of a slide and of its notes becomes the fact of that name. */
export function lessonPreparser(filepath: string): SlidevPreparserExtension {
  return {
    name: 'lesson-quoted-facts',
    transformSlide: async (content, frontmatter: { title?: unknown }) => expandQuotes(content, `${filepath} (${String(frontmatter?.title ?? 'a slide')})`),
    transformNote: async (note, frontmatter: { title?: unknown }) => (note === undefined ? undefined : expandQuotes(note, `${filepath}, the notes of ${String(frontmatter?.title ?? 'a slide')}`)),
  }
}
