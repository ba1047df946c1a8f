import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from '../scripts/lib/deck'
import type { StaticServer } from '../scripts/serve'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { factChecksOn } from '../content/fact-checks'
import { sourceList, sourceNumbers } from '../content/sources'
import { bank, practiceBank } from '../quiz/bank'
import { normalizeText, readDeck } from '../scripts/lib/deck'
import { startStaticServer } from '../scripts/serve'
import { launchChromium, noBrowserReason, pageWeight, seriousAxeViolations, watchErrors, watchTraffic } from './support/browser'
import { distDir, teacherDistDir } from './support/dirs'
import { answerPhrases, readSlide, shows } from './support/slide-text'

/**
 * About 40 words of body text at most on a slide, and 70 in all (title, captions, tables and figures
 * included); the glossary is a reference, not reading.
 */
const MAX_BODY_WORDS = 45
const MAX_WORDS = 70
const REFERENCE_SLIDES = new Set(['glossary', 'glossary-2'])

/** Elements of the current slide that stick out of the 16:9 canvas, by more than a pixel. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#slide-content')
    if (!canvas)
      return ['#slide-content not found']
    const box = canvas.getBoundingClientRect()
    const out: string[] = []
    for (const el of canvas.querySelectorAll<HTMLElement>('.slidev-page *')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed')
        continue
      // Visually hidden text for screen readers (1 px, clipped) is meant to sit outside the layout.
      if (el.offsetWidth <= 1 && el.offsetHeight <= 1 && style.overflow === 'hidden')
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      const outside = r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1
      const clipped = el.scrollWidth > el.clientWidth + 1 && ['hidden', 'clip'].includes(style.overflowX)
      if (outside || clipped)
        out.push(`<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').trim().slice(0, 50)}`)
    }
    return out
  })
}

const CLICK_MARKER = /\[click(?::(\d+))?\]/g

/** How many clicks a slide's notes script: `[click]` counts one, `[click:3]` three. */
function clickMarkers(note: string): number {
  return Array.from(note.matchAll(CLICK_MARKER), m => Number(m[1] ?? 1)).reduce((a, b) => a + b, 0)
}

/** What a person sees change when they press →: which slide is shown, and how many reveals are still hidden. */
async function state(page: Page, no: number): Promise<string> {
  const hidden = await page.locator(`.slidev-page-${no} .slidev-vclick-hidden`).count()
  return `${new URL(page.url()).pathname} ${hidden}`
}

function hiddenIn(state: string): number {
  return Number(state.split(' ')[1])
}

/** The opening six words of a speaker note, click markers left out. */
const MARKDOWN_MARKS = /[*_`]/g

function noteStart(slide: DeckSlide): string {
  // What the screen shows: the notes' Markdown rendered, so without its emphasis marks.
  return normalizeText(slide.note.replace(CLICK_MARKER, ' ').replace(MARKDOWN_MARKS, '')).split(' ').slice(0, 6).join(' ')
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)])
}

describe.skipIf(noBrowserReason)('the built deck in a real browser', async () => {
  const deck = await readDeck()
  let hosted: StaticServer
  let teacher: StaticServer
  let browser: Browser

  beforeAll(async () => {
    hosted = await startStaticServer({ root: distDir })
    teacher = await startStaticServer({ root: teacherDistDir })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await hosted?.close()
    await teacher?.close()
  })

  it('shows slide 1 with at most 1 MB downloaded, uncompressed as any static host sends it, all from the same host', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const traffic = watchTraffic(page, new URL(hosted.url).origin)
    await page.goto(`${hosted.url}/1`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const weight = await pageWeight(page)
    await context.close()
    console.info(`slide 1 downloaded ${(weight.decoded / 1024).toFixed(0)} KiB (${(weight.sent / 1024).toFixed(0)} KiB compressed)`)
    expect(traffic.foreign).toEqual([])
    expect(weight.decoded).toBeLessThanOrEqual(1024 * 1024)
  })

  it('hides the mouse pointer on the projector once it has been still for a moment, even if it never moved, and not in the presenter view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${hosted.url}/1`, { waitUntil: 'networkidle' })
    // The mouse is never moved: Slidev alone would keep the pointer. Waited for, with room for a busy machine.
    await expect.poll(() => page.evaluate(() => document.body.style.cursor), { timeout: 20_000 }).toBe('none')
    // Moving it shows it again.
    await page.mouse.move(300, 300)
    expect(await page.evaluate(() => document.body.style.cursor)).toBe('')
    const presenter = await context.newPage()
    await presenter.goto(`${teacher.url}/presenter/1`, { waitUntil: 'networkidle' })
    await presenter.waitForTimeout(3000)
    expect(await presenter.evaluate(() => document.body.style.cursor)).toBe('')
    await context.close()
  })

  const slideTexts = new Map<string, string>()

  it('renders every slide with its title, no console error or Vue warning, nothing outside the canvas, no serious axe violation, type legible from the back of the room and no more than about 40 words', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const problems: string[] = []
    const words: string[] = []
    for (const slide of deck) {
      await page.goto(`${teacher.url}/${slide.no}`, { waitUntil: 'networkidle' })
      await page.locator(`.slidev-page-${slide.no}`).waitFor()
      await page.evaluate(() => document.fonts.ready)
      const text = await page.locator(`.slidev-page-${slide.no}`).textContent() ?? ''
      if (slide.title && !normalizeText(text).includes(slide.title))
        problems.push(`slide ${slide.no}: title "${slide.title}" not shown`)
      for (const el of await overflowingElements(page))
        problems.push(`slide ${slide.no} overflows: ${el}`)
      for (const v of await seriousAxeViolations(page))
        problems.push(`slide ${slide.no} axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`)
      const reading = await readSlide(page, slide.no)
      for (const small of reading.tooSmall)
        problems.push(`slide ${slide.no} "${slide.title}" type too small: ${small}`)
      const alias = String(slide.frontmatter.routeAlias ?? slide.no)
      words.push(`${slide.no}:${reading.bodyWords}/${reading.words}`)
      if (reading.bodyWords > MAX_BODY_WORDS && !REFERENCE_SLIDES.has(alias))
        problems.push(`slide ${slide.no} "${slide.title}" has ${reading.bodyWords} words of body text`)
      if (reading.words > MAX_WORDS && !REFERENCE_SLIDES.has(alias))
        problems.push(`slide ${slide.no} "${slide.title}" has ${reading.words} words in all`)
      slideTexts.set(alias, reading.text)
    }
    await context.close()
    console.info(`words per slide (body/all): ${words.join(' ')}`)
    expect(errors).toEqual([])
    expect(problems).toEqual([])
  })

  it('shows the answer to every quiz and practice question on the slide the question links to', () => {
    expect(slideTexts.size).toBe(deck.length)
    const missing = [...bank, ...practiceBank].flatMap((q) => {
      const text = slideTexts.get(q.slide)
      if (text === undefined)
        return [`${q.id}: no slide "${q.slide}"`]
      const phrases = answerPhrases(q)
      if (phrases.length === 0)
        return [`${q.id}: nothing to look for (add onSlide)`]
      return phrases.filter(p => !shows(text, p)).map(p => `${q.id}: "${p}" is not on /${q.slide}`)
    })
    expect(missing).toEqual([])
  })

  it('reveals each slide\'s items one per click, as many clicks as its notes mark with [click]', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors = watchErrors(page)
    const problems: string[] = []
    for (const slide of deck) {
      await page.goto(`${teacher.url}/${slide.no}`, { waitUntil: 'networkidle' })
      await page.locator(`.slidev-page-${slide.no}`).waitFor()
      const expected = clickMarkers(slide.note)
      let before = await state(page, slide.no)
      const hidden = [hiddenIn(before)]
      let clicks = 0
      // Press → until the next slide shows (the last slide: until nothing is hidden any more).
      for (let press = 0; press <= expected + 1; press++) {
        if (slide.no === deck.length && hiddenIn(before) === 0)
          break
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => state(page, slide.no), { timeout: 3000 }).not.toBe(before).catch(() => {})
        const after = await state(page, slide.no)
        if (after.split(' ')[0] !== before.split(' ')[0])
          break
        clicks++
        hidden.push(hiddenIn(after))
        before = after
      }
      if (clicks !== expected)
        problems.push(`slide ${slide.no} "${slide.title}": ${clicks} clicks, but its notes mark ${expected}`)
      // One by one: every click reveals something, and nothing stays hidden at the end.
      const stuck = hidden.slice(1).some((h, i) => h >= hidden[i]!)
      if (stuck || hidden.at(-1) !== 0)
        problems.push(`slide ${slide.no} "${slide.title}": hidden items per click ${hidden.join(' → ')}`)
    }
    await page.close()
    expect(errors).toEqual([])
    expect(problems).toEqual([])
  })

  it('moves through the deck with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // A slide's address is its routeAlias when it has one, else its number.
    const path = (no: number) => `/${deck[no - 1]!.frontmatter.routeAlias ?? no}`
    await page.goto(`${hosted.url}/1`, { waitUntil: 'networkidle' })
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.pathname === path(2))
    await page.keyboard.press('End')
    await page.waitForURL(url => url.pathname === path(deck.length))
    await page.keyboard.press('Home')
    await page.waitForURL(url => url.pathname === path(1))
    await page.close()
  })

  it('shows the deck, not an error in code, at an address with a dot that a person types', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const response = await page.goto(`${hosted.url}/1.5`, { waitUntil: 'networkidle' })
    expect(response?.headers()['content-type']).toContain('text/html')
    await expect.poll(() => page.locator('.slidev-page').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await page.locator('body').textContent()).not.toContain('"error"')
    const missing = await page.goto(`${hosted.url}/assets/gone-123.js`)
    expect(missing?.status()).toBe(404)
    await expect.poll(() => page.getByRole('heading', { name: 'This file is not part of the lesson' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: 'the start of the lesson' }).click()
    await expect.poll(() => page.locator('.slidev-page').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.close()
  })

  it('keeps the speaker notes and the presenter view out of the copy students can open', async () => {
    const notes = deck.filter(s => s.note.trim()).map(noteStart)
    const files = filesIn(distDir).filter(f => /\.(?:js|html|json|css)$/.test(f))
    const shipped = files.map(f => normalizeText(readFileSync(f, 'utf8'))).join('\n')
    expect(notes.filter(start => shipped.includes(start))).toEqual([])

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    for (const path of ['/presenter', '/presenter/2', '/notes', '/overview', '/entry']) {
      await page.goto(`${hosted.url}${path}`, { waitUntil: 'networkidle' })
      const text = normalizeText(await page.locator('body').textContent() ?? '')
      expect(notes.filter(start => text.includes(start)), path).toEqual([])
      expect(await page.locator('.slidev-presenter, .slidev-note').count(), path).toBe(0)
    }
    await page.close()
  })

  it('cites sources on a slide by number, and the site\'s sources page gives each number\'s outlet, headline and address, legible at 360 and 1280 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${hosted.url}/fact-checks-2`, { waitUntil: 'networkidle' })
    const line = (await page.locator('.fact-check-list .lesson-caption >> visible=true').textContent() ?? '').trim()
    const numbers = (/^Sources: ([\d, ]+)$/.exec(line)?.[1] ?? '').split(', ').map(Number)
    const expected = factChecksOn('fact-checks-2').flatMap(c => c.sources)
    expect(numbers.length).toBe(new Set(expected).size)
    // Each verdict says which of them back it.
    for (const check of factChecksOn('fact-checks-2')) {
      const row = (await page.locator(`[data-check="${check.id}"] >> visible=true`).textContent() ?? '').replace(/\s+/g, ' ')
      const own = sourceNumbers(check.sources)
      expect(row).toContain(own.length === 0 ? check.why : `${check.why} (${own.join(', ')})`)
    }

    // The Sources slide says where the list is (on this loopback address, as a path on the site),
    // and a student types it.
    await page.goto(`${hosted.url}/references`, { waitUntil: 'networkidle' })
    await page.locator('.sources-link >> visible=true').getByText('/sources on the lesson\'s website').waitFor()
    await page.goto(`${hosted.url}/sources/`, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { name: 'Where each fact comes from' }).waitFor()
    const list = sourceList()
    expect(await page.getByRole('listitem').count()).toBe(list.length)
    for (const n of numbers) {
      const citation = list[n - 1]!
      expect(expected).toContain(citation.id)
      const item = (await page.locator(`#source-${n}`).textContent() ?? '').replace(/\s+/g, ' ')
      expect(item).toContain(citation.outlet)
      expect(item).toContain(citation.title ?? 'no headline known')
      expect(item).toContain(citation.url.replace(/^https?:\/\//, ''))
    }
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
    expect(errors).toEqual([])
  })

  it('opens the presenter view with the speaker notes in the teacher\'s copy', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors = watchErrors(page)
    await page.goto(`${teacher.url}/presenter/1`, { waitUntil: 'networkidle' })
    await expect.poll(async () => normalizeText(await page.locator('body').textContent() ?? '')).toContain(noteStart(deck[0]!))
    await page.close()
    expect(errors).toEqual([])
  })

  it('has a presenter timer that a keyboard can start and that starts by itself on the first move', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${teacher.url}/presenter/1`, { waitUntil: 'networkidle' })
    const timer = page.getByRole('timer')
    await expect.poll(() => timer.textContent()).toMatch(/50\s*:\s*00/)
    // Tab to the start button, as a keyboard user does, and press Enter.
    const start = page.getByRole('button', { name: 'Start the timer' })
    for (let tab = 0; tab < 60 && !(await start.evaluate(el => el === document.activeElement)); tab++)
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Pause the timer' }).waitFor()
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).toMatch(/49\s*:\s*5\d/)
    // The button hands the keyboard back: → moves the slides again.
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.pathname !== '/presenter/1')

    // A teacher who never touches the timer: moving to another slide starts it.
    await page.getByRole('button', { name: 'Reset the timer' }).click()
    await expect.poll(() => timer.textContent()).toMatch(/50\s*:\s*00/)
    await page.keyboard.press('ArrowRight')
    await page.getByRole('button', { name: 'Pause the timer' }).waitFor()
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).toMatch(/49\s*:\s*5\d/)
    await context.close()
  })
})
