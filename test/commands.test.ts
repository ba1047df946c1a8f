// The commands a teacher types, run as they run them, reading what they print: `npm run export` in
// a log and on a terminal, and `npm run dev`, whose banner's addresses are then opened in a browser.
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/class'
import { readDeck, root } from '../scripts/lib/deck'
import { launchChromium, noBrowserReason } from './support/browser'

const out = mkdtempSync(join(tmpdir(), 'lesson-commands-'))
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0
const QUOTE = /'/g
const CLEAR_LINE = '\r\u001B[K'
const OUR_LINES = [
  /^Note: no site address is set/,
  /^Exporting \d+ slides? as (?:a PDF|PNG images)/,
  /^Starting Slidev …$/,
  /^Loading the deck …$/,
  /^Rendering slide \d+ of \d+ …$/,
  /^Writing the PDF …$/,
  /^Wrote /,
]

/** Runs a command on a terminal of its own (util-linux `script`), as a teacher's terminal runs it. */
function onTerminal(args: string[]): { status: number | null, output: string } {
  const command = args.map(a => `'${a.replace(QUOTE, `'\\''`)}'`).join(' ')
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe.skipIf(noBrowserReason)('npm run export, as it speaks to a person', () => {
  it('in a log: plain lines, "slide n of N", then the file, its pages and size, and nothing else', () => {
    const file = join(out, 'two.pdf')
    const run = spawnSync('npx', ['tsx', 'scripts/export.ts', '--range', '1-2', '--output', file], { cwd: root, encoding: 'utf8' })
    const output = `${run.stdout}${run.stderr}`
    expect(run.status, output).toBe(0)
    expect(output).not.toContain('\r')
    expect(output).not.toContain('\u001B')
    const lines = output.trim().split('\n')
    expect(lines).toContain('Exporting 2 slides as a PDF …')
    expect(lines).toContain('Rendering slide 1 of 2 …')
    expect(lines).toContain('Rendering slide 2 of 2 …')
    expect(lines.at(-1)).toMatch(/^Wrote .*two\.pdf: 2 pages, \d+ KB\.$/)
    expect(lines.filter(line => !OUR_LINES.some(ours => ours.test(line)))).toEqual([])
  })

  it.skipIf(!hasScript)('on a terminal: one line that updates in place, then the file written', async () => {
    const slides = (await readDeck()).length
    const file = join(out, 'whole.pdf')
    const run = onTerminal(['npx', 'tsx', 'scripts/export.ts', '--output', file])
    expect(run.status, run.output).toBe(0)
    // After the heading, every step rewrites the same line ("carriage return, clear to the end of
    // the line"), with no newline, until the last one is cleared for the line saying what was written.
    const heading = `Exporting ${slides} slides as a PDF …\r\n`
    expect(run.output).toContain(heading)
    const afterHeading = run.output.slice(run.output.indexOf(heading) + heading.length)
    const [before, ...steps] = afterHeading.split(CLEAR_LINE)
    expect(before).toBe('')
    expect(steps.slice(0, -1).every(step => !step.includes('\n'))).toBe(true)
    expect(steps).toContain('Starting Slidev …')
    expect(steps).toContain('Loading the deck …')
    expect(steps.some(step => step.startsWith('Rendering slide ') && step.endsWith(` of ${slides} …`))).toBe(true)
    expect(steps).toContain('Writing the PDF …')
    expect(steps.at(-1)).toMatch(new RegExp(`^Wrote .*whole\\.pdf: ${slides} pages, \\d+ KB\\.\\r\\n`))
    // Slidev's own spinner ("● rendering...") is not drawn.
    expect(run.output).not.toMatch(/rendering\.\.\./)
  })
})

describe.skipIf(noBrowserReason)('npm run dev, as a teacher starts it', () => {
  let dev: ChildProcessWithoutNullStreams | undefined

  /** Ctrl+C on a terminal: SIGINT to every process of the foreground group (npm, tsx, Slidev). */
  function pressCtrlC(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGINT'): void {
    process.kill(-child.pid!, signal)
  }

  /** Whether any process of the group is still running. */
  function groupAlive(child: ChildProcessWithoutNullStreams): boolean {
    try {
      process.kill(-child.pid!, 0)
      return true
    }
    catch {
      return false
    }
  }

  afterAll(() => {
    if (dev && groupAlive(dev))
      pressCtrlC(dev, 'SIGKILL')
  })

  it('prints the deck, presenter and quiz addresses, which open in a browser, and stops on Ctrl+C', async () => {
    const port = await freePort('127.0.0.1', 0)
    dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], { cwd: root, detached: true })
    let output = ''
    dev.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
    })
    dev.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
    })
    const exited = new Promise<void>(done => dev!.on('exit', () => done()))
    await expect.poll(() => output, { timeout: 120_000, interval: 250 }).toContain('quiz:')

    const address = (label: string): string => new RegExp(`^  ${label}:\\s+(\\S+)$`, 'm').exec(output)?.[1] ?? ''
    const base = `http://localhost:${port}/`
    expect(address('deck')).toBe(base)
    expect(address('presenter view')).toBe(`${base}presenter/`)
    expect(address('quiz')).toBe(`${base}quiz`)
    // Slidev's own banner is replaced, not added to.
    expect(output).not.toContain('Slidev  v')
    expect(output).not.toContain('shortcuts')

    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(address('quiz'))
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor({ timeout: 120_000 })
      await page.goto(address('deck'))
      await page.locator('.slidev-page-1').waitFor({ timeout: 60_000 })
      await page.goto(address('presenter view'))
      await page.locator('.slidev-presenter').waitFor({ timeout: 60_000 })
    }
    finally {
      await browser.close()
    }

    pressCtrlC(dev)
    await exited
    // Every process it started has ended, and the address no longer answers.
    await expect.poll(() => groupAlive(dev!), { timeout: 10_000 }).toBe(false)
    const stillServing = await fetch(base).then(() => true, () => false)
    expect(stillServing).toBe(false)
  })
})
