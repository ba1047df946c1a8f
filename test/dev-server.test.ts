import type { ViteDevServer } from 'vite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { afterAll, describe, expect, it } from 'vitest'
import { readExportPage } from '../scripts/export'
import { root } from '../scripts/lib/deck'
import { launchChromium, noBrowserReason, watchErrors } from './support/browser'

// From a cold cache: on a machine that has never served the deck (a fresh clone, CI), Vite's dev server pre-bundles
// the dependencies it finds before the first page. One it finds later, while the page loads, makes
// it bundle again and reload the page half-way; an export caught in that reload printed blank pages.
describe.skipIf(noBrowserReason)('the dev server', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'lesson-vite-cache-'))
  let server: ViteDevServer | undefined

  afterAll(async () => {
    await server?.close()
    rmSync(cacheDir, { recursive: true, force: true })
  })

  it('draws every slide of the print page in one load, with no reload to add a dependency', async () => {
    const options = await resolveOptions({ entry: join(root, 'slides.md') }, 'export')
    server = await createServer(options, { cacheDir, server: { port: 0 }, clearScreen: false, logLevel: 'silent' })
    await server.listen()
    const address = server.httpServer?.address()
    const port = typeof address === 'object' && address ? address.port : 0

    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const errors = watchErrors(page)
      let loads = 0
      page.on('load', () => {
        loads += 1
      })
      await page.goto(`http://localhost:${port}/print?print=true`)
      await page.waitForFunction(`(${readExportPage.toString()})().drawn`, undefined, { timeout: 120_000, polling: 100 })
      // A reload comes once Vite has bundled what it found late: give it time to show.
      await page.waitForTimeout(3000)
      expect(loads).toBe(1)
      expect(errors).toEqual([])
    }
    finally {
      await browser.close()
    }
  })

  // `npm run dev` keeps the presenter's timer in its server for every window it serves: a rehearsal
  // left it running into the lesson (38:43 on slide 1 in a fresh window).
  it('starts the timer afresh in a presenter view opened on slide 1, and keeps it running in one opened later', { timeout: 300_000 }, async () => {
    const options = await resolveOptions({ entry: join(root, 'slides.md') }, 'dev')
    const dev = await createServer(options, { cacheDir, server: { port: 0 }, clearScreen: false, logLevel: 'silent' })
    await dev.listen()
    const address = dev.httpServer?.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      /** A new presenter window on one slide, its timer's text and its errors. */
      const presenter = async (slide: number) => {
        const page = await context.newPage()
        const errors = watchErrors(page)
        await page.goto(`http://localhost:${port}/presenter/${slide}`)
        const timer = page.getByRole('timer')
        await timer.waitFor({ timeout: 120_000 })
        return { page, errors, timer }
      }
      // The rehearsal: the teacher moves on, the timer runs, the window is closed.
      const rehearsal = await presenter(1)
      await rehearsal.page.keyboard.press('ArrowRight')
      await expect.poll(() => rehearsal.timer.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Time left, running')
      await expect.poll(() => rehearsal.timer.textContent(), { timeout: 30_000 }).toMatch(/49\s*:\s*5\d/)
      expect(rehearsal.errors).toEqual([])
      await rehearsal.page.close()

      // The lesson: a fresh window on slide 1 shows the whole 50 minutes, not started.
      const lesson = await presenter(1)
      await expect.poll(() => lesson.timer.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Time left, not started')
      expect(await lesson.timer.textContent()).toMatch(/50\s*:\s*00/)
      await lesson.page.keyboard.press('ArrowRight')
      await expect.poll(() => lesson.timer.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Time left, running')

      // Mid-lesson, a window opened on another slide leaves the lesson's time running.
      // (Opening it can take a while on a busy machine: the time it shows is under 50:00, whatever it is.)
      const later = await presenter(2)
      await expect.poll(() => later.timer.getAttribute('aria-label'), { timeout: 30_000 }).toBe('Time left, running')
      await expect.poll(() => later.timer.textContent(), { timeout: 30_000 }).toMatch(/4\d\s*:\s*[0-5]\d/)
      expect([...lesson.errors, ...later.errors]).toEqual([])
    }
    finally {
      await browser.close()
      await dev.close()
    }
  })
})
