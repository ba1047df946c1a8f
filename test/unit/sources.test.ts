// The Sources slides list only sources that back something a student sees: every fact of content/
// that names a source is read by a slide, the speaker notes (content/quoted.ts), the handout or the
// quiz, or else written out by hand in a page that names each of its outlets. Reads files only.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citationById, citingFacts, factChecks, huaweiPassedEricsson, sourceLine } from '../../content'
import { normalizeText, readDeck, root } from '../../scripts/lib/deck'

/** The files that show facts to students: the deck's pages, components, the quiz, the apps, and the facts quoted into the notes. */
const READERS = [
  'slides.md',
  'content/quoted.ts',
  ...['pages', 'components', 'quiz', 'apps'].flatMap(folder => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter(file => /\.(?:md|vue|ts)$/.test(file) && !/\.test(?:-d)?\.ts$/.test(file))
    .map(file => `${folder}/${file}`)),
]

/** Facts a page states in its own words instead of reading them from content/, with that page. */
const WRITTEN_BY_HAND: Readonly<Record<string, string>> = {
  // The notes of "Momo and Weibo fight back" tell the Twitter sale, naming CNBC and USA Today.
  twitterSale: 'pages/part-2.md',
}

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"]/g

/** Every name a reader imports (content/quoted.ts imports its facts from beside it, './companies'). */
function importedNames(): Set<string> {
  const names = new Set<string>()
  for (const file of READERS) {
    for (const [, list = ''] of readFileSync(join(root, file), 'utf8').matchAll(IMPORT))
      list.split(',').map(name => name.replace(/^\s*type\s+/, '').trim()).filter(Boolean).forEach(name => names.add(name))
  }
  return names
}

describe('the sources', () => {
  it('back only facts a slide, a note, the handout or the quiz reads (or a page writes out, naming the outlets)', () => {
    const imported = [...importedNames()]
    const problems = Object.entries(citingFacts()).filter(([, ids]) => ids.length > 0).flatMap(([fact, ids]) => {
      // A reader may take a fact through its accessor: factChecks through factChecksOn.
      if (imported.some(name => name.startsWith(fact)))
        return []
      const page = WRITTEN_BY_HAND[fact]
      if (page === undefined)
        return [`${fact} (${ids.join(', ')}) is read by no slide, note, handout or quiz`]
      const text = readFileSync(join(root, page), 'utf8')
      return ids.map(citationById).map(c => c.outlet.replace(/\s*\(.*$/, '')).filter(outlet => !text.includes(outlet)).map(outlet => `${fact}: ${page} does not name ${outlet}`)
    })
    expect(problems).toEqual([])
  })

  it('name the 2013 source wherever the full-year clause on Huawei and Ericsson is stated, and the 2012 one beside the first half', async () => {
    const { when, sources, fullYear, fullYearSources } = huaweiPassedEricsson
    const notes = (await readDeck()).map(s => ({ ...s, note: normalizeText(s.note) })).filter(s => s.note.includes(fullYear))
    expect(notes.length).toBeGreaterThanOrEqual(2)
    const unsourced = notes.filter(s => !s.note.includes(`${fullYear} (${sourceLine(fullYearSources)})`) || !s.note.includes(`${when} (${sourceLine(sources)})`))
    expect(unsourced.map(s => `${s.no} ${s.title}`)).toEqual([])
    const checks = factChecks.filter(c => c.finding.includes(fullYear))
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.filter(c => !fullYearSources.every(id => (c.sources as readonly string[]).includes(id))).map(c => c.id)).toEqual([])
  })
})
