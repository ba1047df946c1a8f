// `npm run bench`: the figures behind the project's budgets, printed, not asserted. Builds the site
// into a temporary folder, then measures what showing slide 1 and opening /quiz download, and how
// long the build and the PDF export take.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './chromium'
import { watchTraffic } from './page-weight'
import { startStaticServer } from './serve'

const BUDGET = 1024 * 1024

function seconds(run: () => void): number {
  const start = performance.now()
  run()
  return (performance.now() - start) / 1000
}

function folderSize(dir: string): { bytes: number, files: number } {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name)
    const inner = entry.isDirectory() ? folderSize(path) : { bytes: statSync(path).size, files: 1 }
    return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files }
  }, { bytes: 0, files: 0 })
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`

async function main(): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    process.exit(1)
  }
  const out = mkdtempSync(join(tmpdir(), 'lesson-bench-'))
  const dist = join(out, 'dist')
  const env = { ...process.env, NODE_ENV: 'production' }
  const buildSeconds = seconds(() => execFileSync('npx', ['slidev', 'build', '--out', dist], { env, stdio: 'ignore' }))
  const site = folderSize(dist)
  const exportSeconds = seconds(() => execFileSync('npx', ['tsx', 'scripts/export.ts', '--output', join(out, 'deck.pdf')], { stdio: 'ignore' }))

  const server = await startStaticServer({ root: dist })
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
  const rows: [string, string][] = [
    ['build (slidev build)', `${buildSeconds.toFixed(1)} s`],
    ['built site', `${kib(site.bytes)} in ${site.files} files`],
    ['PDF export', `${exportSeconds.toFixed(1)} s`],
  ]
  for (const [name, path] of [['slide 1', '/1'], ['/quiz', '/quiz?seed=1']] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const traffic = watchTraffic(page, new URL(server.url).origin)
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    await page.close()
    const share = `${Math.round(traffic.bytes / BUDGET * 100)}% of the 1 MB budget`
    rows.push([`${name} download`, `${kib(traffic.bytes)} (${share}; ${traffic.foreign.length} requests to other hosts)`])
  }
  await browser.close()
  await server.close()

  const width = Math.max(...rows.map(([name]) => name.length))
  for (const [name, value] of rows)
    console.log(`${name.padEnd(width)}  ${value}`)
}

await main()
