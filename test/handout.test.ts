// The student handout as a teacher makes it (`npm run export:handout`) and as a student opens it on
// the hosted site (/handout): one or two pages, text as text (Chinese included), no answers and no
// address that only the teacher's computer reaches.
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../scripts/serve'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { article, discussionQuestions, englishGlossary, extensionTask, factCheckById, readingSteps, sourceList, sourceNumbers, terms, verdictLabels, verdictMeanings, VERDICTS, verdictStarters, yourCheck } from '../content'
import { root } from '../scripts/lib/deck'
import { startStaticServer } from '../scripts/serve'
import { launchChromium, noBrowserReason, seriousAxeViolations, watchErrors } from './support/browser'
import { distDir } from './support/dirs'

const out = mkdtempSync(join(tmpdir(), 'lesson-handout-test-'))

function exportHandout(...args: string[]): { status: number | null, stdout: string, stderr: string } {
  return spawnSync('npm', ['run', '--silent', 'export:handout', '--', ...args], { cwd: root, encoding: 'utf8' })
}

/** The text of a PDF as a reader's copy-and-paste gets it, with runs of white space made one space. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
}

describe.skipIf(noBrowserReason)('the student handout', () => {
  let browser: Browser
  let hosted: StaticServer

  beforeAll(async () => {
    browser = await launchChromium()
    hosted = await startStaticServer({ root: distDir })
  })

  afterAll(async () => {
    await browser?.close()
    await hosted?.close()
    rmSync(out, { recursive: true, force: true })
  })

  it('prints a worksheet on at most two pages: the article\'s address, the four steps, the verdict scale and sentence starters, a claim grid with its numbered sources, the key terms in Chinese and English, the discussion questions and an extension task, and no answers', () => {
    const file = join(out, 'handout.pdf')
    const run = exportHandout('--output', file)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Wrote .*handout\.pdf: [12] pages?, \d+ KB\./)
    expect(pdfPages(file)).toBeLessThanOrEqual(2)
    const text = pdfText(file)
    expect(text).toContain(article.url.replace(/^https?:\/\//, ''))
    for (const s of readingSteps)
      expect(text).toContain(`${s.step}.`)
    for (const t of terms)
      expect(text, t.id).toContain(t.chinese)
    for (const q of discussionQuestions)
      expect(text).toContain(q)
    // (Side by side with the sentence starters, a long meaning wraps beside them: its words are checked.)
    for (const v of VERDICTS) {
      expect(text).toContain(verdictLabels[v])
      for (const word of verdictMeanings[v].split(' '))
        expect(text, v).toContain(word)
    }
    for (const s of verdictStarters)
      expect(text).toContain(s)
    for (const g of englishGlossary)
      expect(text, g.term).toContain(g.term)
    expect(text).toContain(extensionTask)
    expect(text).toContain(yourCheck.claim)
    // The grid's claims with their sources by number, headline and address, and no verdict or reason.
    for (const id of ['google-failed', 'huawei-cisco'] as const) {
      const check = factCheckById(id)
      expect(text).toContain(check.claim)
      expect(text).not.toContain(check.why)
      for (const n of sourceNumbers(check.sources))
        expect(text).toContain(`${n}. ${sourceList()[n - 1]!.outlet}`)
    }
    expect(text).not.toContain(factCheckById('weibo-doubled').why)
    expect(text).not.toContain(factCheckById('weibo-cause').why)
    expect(text).toContain('the page /sources of the lesson\'s website')
    expect(text).not.toMatch(/Answer:|right answer|localhost|127\.0\.0\.1|Teacher:/i)
    expect(text).toContain('your teacher gives you the address of the quiz')
  })

  it('prints the quiz\'s address when told the site\'s address, and refuses one only this computer reaches', () => {
    const file = join(out, 'with-site.pdf')
    const run = exportHandout('--output', file, '--site-url', 'https://school.example/lesson/', '--paper', 'letter')
    expect(run.status, run.stderr).toBe(0)
    expect(pdfPages(file)).toBeLessThanOrEqual(2)
    expect(pdfText(file)).toContain('https://school.example/lesson/quiz')
    expect(pdfText(file)).toContain('https://school.example/lesson/sources')
    const local = exportHandout('--output', join(out, 'local.pdf'), '--site-url', 'http://localhost:3030/')
    expect(local.status).toBe(2)
    expect(local.stderr).toContain('--site-url')
  })

  it('is a page of the hosted site that a student can open and print, with no serious axe violation', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    const errors = watchErrors(page)
    await page.goto(`${hosted.url}/handout`, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor()
    await page.getByRole('link', { name: article.url.replace(/^https?:\/\//, '') }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.close()
    expect(errors).toEqual([])
  })
})
