import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeServiceWorker } from './service-worker'

const sites: string[] = []

afterEach(() => {
  for (const site of sites.splice(0))
    rmSync(site, { recursive: true, force: true })
})

/** A finished site in miniature: the three pages, the icon, a script and the teacher's page. */
function site(deckTitle = 'deck'): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-sw-site-'))
  sites.push(root)
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>${deckTitle}</title>`,
    'quiz/index.html': '<!doctype html><title>quiz</title>',
    'join/index.html': '<!doctype html><title>join</title>',
    'teacher/index.html': '<!doctype html><title>teacher</title>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/index-abc123.js': 'console.log("deck")'.repeat(1000),
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/** The precache list written into sw.js. */
function precached(root: string): Array<{ url: string, revision: string | null }> {
  const worker = readFileSync(join(root, 'sw.js'), 'utf8')
  const list = /\[\{"revision".*?\}\]/.exec(worker)
  return list ? JSON.parse(list[0]) as Array<{ url: string, revision: string | null }> : []
}

describe('writeServiceWorker', () => {
  it('writes one sw.js that precaches the three pages and the icon, and nothing else', { timeout: 60_000 }, async () => {
    const root = site()
    const report = await writeServiceWorker(root)
    expect(precached(root).map(entry => entry.url).sort()).toEqual(['favicon.svg', 'index.html', 'join/index.html', 'quiz/index.html'])
    expect(report.precached.files).toBe(4)
    expect(report.precached.bytes).toBeLessThan(1000)
    expect(report.warnings).toEqual([])
  })

  it('bundles Workbox into it: nothing is loaded from another host', { timeout: 60_000 }, async () => {
    const root = site()
    const worker = (await writeServiceWorker(root), readFileSync(join(root, 'sw.js'), 'utf8'))
    expect(worker).not.toMatch(/importScripts|storage\.googleapis|workbox-cdn|\bimport\s*\(|^import /m)
    expect(worker).toContain('CACHE_URLS')
    expect(worker).toContain('SKIP_WAITING')
  })

  it('changes when a page changes, so browsers find the newer version', { timeout: 60_000 }, async () => {
    const [before, after] = [site('deck'), site('deck, corrected')]
    await writeServiceWorker(before)
    await writeServiceWorker(after)
    expect(readFileSync(join(after, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(before, 'sw.js'), 'utf8'))
    const revision = (root: string) => precached(root).find(entry => entry.url === 'index.html')?.revision
    expect(revision(after)).not.toBe(revision(before))
    expect(precached(after).find(entry => entry.url === 'quiz/index.html')).toEqual(precached(before).find(entry => entry.url === 'quiz/index.html'))
  })
})
