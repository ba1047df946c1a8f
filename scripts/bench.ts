import type { OfflineCopy } from './lib/page-weight'
// `npm run bench`: the figures behind the project's budgets, printed, not asserted. Builds the site
// into a temporary folder as `npm run build` does, then measures what showing slide 1, opening the
// self-paced /quiz and joining the live quiz on a phone download, and how long the build and the
// PDF export take, and what the offline copy (the service worker) downloads when it installs and keeps
// after a first visit. (`npm run bench:class` measures the classroom server under load.)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { liveBank } from '../quiz/bank'
import { startClassServer } from '../server/start'
import { PRECACHED_FILES, SERVICE_WORKER_FILE } from '../setup/offline-rules'
import { freePort } from './class'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './lib/chromium'
import { offlineCopy, pageWeight, watchTraffic } from './lib/page-weight'
import { startStaticServer } from './serve'

/** The budgets, in bytes: slide 1 and /quiz as a static host sends them (uncompressed), /join as the classroom server does. */
const BUDGETS = { slide1: 1024 * 1024, quiz: 400 * 1000, join: 150 * 1000 } as const

function seconds(run: () => void): number {
  const start = performance.now()
  run()
  return (performance.now() - start) / 1000
}

function folderSize(dir: string): { bytes: number, files: number } {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name)
    if (entry.name.endsWith('.br') || entry.name.endsWith('.gz'))
      return sum
    const inner = entry.isDirectory() ? folderSize(path) : { bytes: statSync(path).size, files: 1 }
    return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files }
  }, { bytes: 0, files: 0 })
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
const share = (bytes: number, budget: number) => `${Math.round(bytes / budget * 100)}% of the ${budget >= 1024 * 1024 ? '1 MB' : `${budget / 1000} KB`} budget`

async function main(): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    process.exit(1)
  }
  const out = mkdtempSync(join(tmpdir(), 'lesson-bench-'))
  const dist = join(out, 'dist')
  const env = { ...process.env, NODE_ENV: 'production' }
  const buildSeconds = seconds(() => execFileSync('npx', ['tsx', 'scripts/build.ts', '--out', dist], { env, stdio: 'ignore' }))
  const site = folderSize(dist)
  const exportSeconds = seconds(() => execFileSync('npx', ['tsx', 'scripts/export.ts', '--output', join(out, 'deck.pdf')], { stdio: 'ignore' }))

  const rows: [string, string][] = [
    ['build (npm run build)', `${buildSeconds.toFixed(1)} s`],
    ['built site', `${kib(site.bytes)} in ${site.files} files (besides their .br and .gz copies)`],
    ['PDF export', `${exportSeconds.toFixed(1)} s`],
    ['service worker (sw.js)', `${kib(statSync(join(dist, SERVICE_WORKER_FILE)).size)}, ${kib(statSync(join(dist, `${SERVICE_WORKER_FILE}.br`)).size)} as brotli`],
    ['it precaches', `${PRECACHED_FILES.length} files, ${kib(PRECACHED_FILES.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0))} (${PRECACHED_FILES.join(', ')})`],
  ]
  const keeps = (name: string, copy: OfflineCopy | undefined): [string, string] => [`${name}: offline copy`, copy === undefined
    ? 'none (the service worker did not take over within 30 s)'
    : `${copy.files} files, ${kib(copy.bytes)} kept after the first visit`]
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
  const hosted = await startStaticServer({ root: dist })
  for (const [name, path, budget] of [['slide 1', '/1', BUDGETS.slide1], ['/quiz', '/quiz?seed=1', BUDGETS.quiz]] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const traffic = watchTraffic(page, new URL(hosted.url).origin)
    await page.goto(`${hosted.url}${path}`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const weight = await pageWeight(page)
    const copy = await offlineCopy(page)
    await page.close()
    rows.push([`${name} download`, `${kib(weight.decoded)} uncompressed (${share(weight.decoded, budget)}), ${kib(weight.sent)} compressed; ${traffic.foreign.length} requests to other hosts`])
    rows.push(keeps(name, copy))
  }
  await hosted.close()

  const port = await freePort('127.0.0.1', 0)
  const classDir = join(out, 'class')
  const server = await startClassServer({ bank: liveBank, siteDir: dist, classDir, teacherCode: 'BENCH1', joinUrl: `http://127.0.0.1:${port}/join`, port })
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } })
  await phone.goto(`${server.url}/join`, { waitUntil: 'networkidle' })
  await phone.getByRole('button', { name: 'Join' }).click()
  await phone.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
  await phone.evaluate(() => document.fonts.ready)
  const joined = await pageWeight(phone)
  rows.push(['/join download (a phone)', `${kib(joined.sent)} as the classroom server sends it (${share(joined.sent, BUDGETS.join)}), ${kib(joined.decoded)} uncompressed`])
  // On the loopback address, as on https: a phone on the Wi-Fi's plain http address gets no worker.
  rows.push(keeps('/join', await offlineCopy(phone)))
  await browser.close()
  await server.close()
  rmSync(out, { recursive: true, force: true })

  const width = Math.max(...rows.map(([name]) => name.length))
  for (const [name, value] of rows)
    console.log(`${name.padEnd(width)}  ${value}`)
}

await main()
