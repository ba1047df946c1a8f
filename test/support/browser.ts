import type { Browser, Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import process from 'node:process'
import jsQR from 'jsqr'
import { chromium } from 'playwright-chromium'
import { PNG } from 'pngjs'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from '../../scripts/lib/chromium'

export { pageWeight, watchTraffic } from '../../scripts/lib/page-weight'

/** The Chromium the browser tests drive, or undefined when this machine has none. */
export const chromiumPath = findChromium()

/**
 * Why the browser tests cannot run here, or undefined when they can. Under `CI=true` a missing
 * browser is a failure, not a skip: CI installs one, so its absence is a broken setup.
 */
export const noBrowserReason = chromiumPath ? undefined : NO_CHROMIUM_HELP

if (noBrowserReason) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but ${noBrowserReason}`)
  console.warn(`\n*** SKIPPING browser tests: ${noBrowserReason} ***\n`)
}

/** Starts headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] })
}

const VUE_WARNING = /\[Vue warn\]|Failed to resolve (?:component|directive)/

/**
 * Collects the page's console errors, Vue's warnings (a development build logs them, for example
 * `Failed to resolve component: v-clicks` when a slide uses a component that is not there) and
 * uncaught exceptions, from now on. A refused request is logged by the browser without its address;
 * the address is collected beside it, so a failure says which request it was.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || VUE_WARNING.test(msg.text()))
      errors.push(`${msg.type()}: ${msg.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      errors.push(`response ${response.status()}: ${response.request().method()} ${response.url()}`)
  })
  page.on('pageerror', error => errors.push(error.message))
  return errors
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source

/** One axe-core finding, reduced to what a failure message needs. */
export interface AxeFinding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** Runs axe-core in the page and returns the violations of at least "serious" impact. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, impact: string | null, help: string, nodes: Array<{ target: unknown[] }> }> }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => String(n.target)) }))
  })
}

/** The text a phone camera reads from the QR code on screen. */
export async function readQrCode(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('svg.qr').screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}
