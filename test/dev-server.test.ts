import type { ViteDevServer } from 'vite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, resolveOptions } from '@slidev/cli'
import { afterAll, describe, expect, it } from 'vitest'
import { readExportPage } from '../scripts/export'
import { root } from '../scripts/lib/deck'
import { launchChromium, noBrowserReason, watchErrors } from './support/browser'

// On a machine that has never served the deck (a fresh clone, CI), Vite's dev server pre-bundles
// the dependencies it finds before the first page. One it finds later, while the page loads, makes
// it bundle again and reload the page half-way; an export caught in that reload printed blank pages.
describe.skipIf(noBrowserReason)('the dev server, from a cold cache', () => {
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
})
