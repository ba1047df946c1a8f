import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { distDir as dist } from './support/dirs'
import { externalReferences } from './support/offline'

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)])
}

describe('the built site', () => {
  const files = filesIn(dist)

  it('has an index page, the favicon and the self-hosted fonts', () => {
    const names = files.map(f => relative(dist, f))
    expect(names).toContain('index.html')
    expect(names).toContain('favicon.svg')
    expect(names.some(n => /atkinson-hyperlegible-latin-400-normal.*\.woff2$/.test(n))).toBe(true)
    expect(names.some(n => /noto-sans-sc-.*-400-normal.*\.woff2$/.test(n))).toBe(true)
  })

  it('loads nothing from another host (HTML, CSS, and CSS inside scripts)', () => {
    const found = files
      .filter(f => ['.html', '.css', '.js'].includes(extname(f)))
      .flatMap(f => externalReferences(readFileSync(f, 'utf8'), extname(f))
        .map(ref => `${relative(dist, f)}: ${ref}`))
    expect(found).toEqual([])
  })

  it('points the favicon at the local file', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/)
  })
})
