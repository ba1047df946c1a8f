// The README and the guides, as a reader follows them: every picture they show is there, every file
// they link to exists, and every `npm run` command they give is a script of package.json. Reads files
// only (no browser, no build), so it is quick.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../scripts/lib/deck'
import { docRefs, filePart } from '../../scripts/lib/doc-refs'
import { PICTURES } from '../../scripts/screenshots'

/** README.md and every Markdown file in docs/. */
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)]
const scripts = new Set(Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts))

/** A target relative to its document (or to the project, when it starts with `/`), as GitHub resolves it. */
function resolveTarget(document: string, target: string): string {
  const path = filePart(target)
  return path.startsWith('/') ? join(root, path) : resolve(root, dirname(document), path)
}

describe('the README and the guides', () => {
  const read = documents.map(document => ({ document, refs: docRefs(readFileSync(join(root, document), 'utf8')) }))

  it('show only pictures that exist', () => {
    const missing = read.flatMap(({ document, refs }) => refs.images
      .filter(ref => !existsSync(resolveTarget(document, ref.target)))
      .map(ref => `${document}:${ref.line}: the picture ${ref.target} is not there`))
    expect(missing).toEqual([])
  })

  it('link only to files that exist', () => {
    const broken = read.flatMap(({ document, refs }) => refs.links
      .filter(ref => filePart(ref.target) !== '' && !existsSync(resolveTarget(document, ref.target)))
      .map(ref => `${document}:${ref.line}: the link to ${ref.target} leads nowhere`))
    expect(broken).toEqual([])
  })

  it('give only npm run commands that package.json has', () => {
    const unknown = read.flatMap(({ document, refs }) => refs.scripts
      .filter(ref => !scripts.has(ref.target))
      .map(ref => `${document}:${ref.line}: npm run ${ref.target} is not a script in package.json`))
    expect(unknown).toEqual([])
  })

  it('have every picture npm run screenshots makes, committed in docs/images', () => {
    const missing = Object.keys(PICTURES).filter(name => !existsSync(join(root, 'docs', 'images', name)))
    expect(missing.map(name => relative(root, join(root, 'docs', 'images', name)))).toEqual([])
  })
})
