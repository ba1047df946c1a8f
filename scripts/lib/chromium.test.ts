import { describe, expect, it } from 'vitest'
import { findChromium } from './chromium'

function machine(files: string[], env: Record<string, string> = {}) {
  const set = new Set(files)
  return {
    env,
    exists: (p: string) => set.has(p) || [...set].some(f => f.startsWith(`${p}/`)),
    listDir: (dir: string) => [...new Set([...set].filter(f => f.startsWith(`${dir}/`)).map(f => f.slice(dir.length + 1).split('/')[0]!))],
    playwrightCache: '/home/u/.cache/ms-playwright',
  }
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium(machine(['/opt/c/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toBe('/opt/c/chrome')
  })

  it('says clearly when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium(machine([], { CHROMIUM_PATH: '/nope' }))).toThrow(/CHROMIUM_PATH is set to \/nope/)
  })

  it.each([
    [['/usr/bin/chromium'], '/usr/bin/chromium'],
    [['/usr/bin/google-chrome-stable'], '/usr/bin/google-chrome-stable'],
    [['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ])('finds a system browser at %s', (files, expected) => {
    expect(findChromium(machine(files))).toBe(expected)
  })

  it('looks on PATH for the usual names', () => {
    expect(findChromium(machine(['/opt/bin/chromium-browser'], { PATH: '/x:/opt/bin' }))).toBe('/opt/bin/chromium-browser')
  })

  it('falls back to the newest browser Playwright installed earlier', () => {
    const found = findChromium(machine([
      '/home/u/.cache/ms-playwright/chromium-1100/chrome-linux/chrome',
      '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
    ]))
    expect(found).toBe('/home/u/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome')
  })

  it('returns undefined when there is no browser at all', () => {
    expect(findChromium(machine([]))).toBeUndefined()
  })
})
