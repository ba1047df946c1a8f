import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { mergers, rivalries, terms } from '../content'
import { liveBank } from '../quiz/bank'
import { letter } from '../quiz/letters'
import { isLiveQuestion, publicQuestion } from '../quiz/live/protocol'
import { normalizeText, readDeck, root } from '../scripts/lib/deck'
import { noBrowserReason } from './support/browser'
import { runOffline } from './support/offline-run'

const out = mkdtempSync(join(tmpdir(), 'lesson-pdf-'))

function pdfText(file: string): string {
  return normalizeText(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }))
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
}

/** The text of the QR code on the first page of a PDF, read from the rendered page as a phone would. */
function qrOnFirstPage(file: string): string | undefined {
  const png = PNG.sync.read(execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '150', '-png', file]))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

/**
 * Every piece of text the deck marks as Chinese (`lang="zh-Hans"`) and writes out in its Markdown
 * sources; text a slide fills in from content/ (`{{ term.chinese }}`) is checked through content/.
 */
function chineseIn(markdown: string): string[] {
  return Array.from(markdown.matchAll(/lang="zh-Hans"[^>]*>([^<]+)</g), m => m[1]!.trim()).filter(text => !text.includes('{{'))
}

const SPACES = /\s+/g
const CLICK_MARKER = /\[click(?::\d+)?\]/
const EMPHASIS = /[*_`]/g

/**
 * The opening words of a speaker note, without Markdown emphasis. Slidev prints each [click] marker
 * as its click number, so only the words before the first marker are taken.
 */
function firstWords(note: string): string {
  const beforeClicks = note.split(CLICK_MARKER)[0]!
  return normalizeText(beforeClicks.replace(EMPHASIS, '')).split(' ').slice(0, 6).join(' ')
}

describe.skipIf(noBrowserReason)('the PDF export, with the network closed', async () => {
  const deck = await readDeck()
  const slidesPdf = join(out, 'deck.pdf')
  const notesPdf = join(out, 'deck-notes.pdf')

  beforeAll(() => {
    for (const [args, file] of [[[], slidesPdf], [['--notes'], notesPdf]] as const) {
      const run = runOffline('npx', ['tsx', 'scripts/export.ts', ...args, '--output', file], root)
      if (run.status !== 0)
        throw new Error(`export (${run.mode}) failed:\n${run.output}`)
    }
  })

  it('has one page per slide', () => {
    expect(pdfPages(slidesPdf)).toBe(deck.length)
  })

  it('keeps every slide title as text', () => {
    const text = pdfText(slidesPdf)
    const missing = deck.map(s => normalizeText(s.title)).filter(title => !text.includes(title))
    expect(missing).toEqual([])
  })

  it('shows every row of the comparison table and every merger of the timeline', () => {
    const text = pdfText(slidesPdf)
    const expected = [
      ...rivalries.flatMap(r => [r.usCompany, r.chineseWinner, r.whatElse]),
      ...mergers.flatMap(m => [...m.companies, m.dateLabel]),
    ]
    expect(expected.filter(t => !text.includes(t))).toEqual([])
  })

  it('names every company, product and example the article names', () => {
    // From the article's text, in its order (with the usual spellings: Robin Li, Cisco, Alibaba
    // Cloud), plus the two merger pairs lost from the translation.
    const named = [
      'CNBC|Robin Li|Baidu|Google|eBay|MSN|McAfee|Alibaba|Tencent|Qihoo 360',
      'WeChat|Xiaomi|WiFi Master Key|O2O|Takeaway|Youku|Tudou|Ctrip|Qunar|Didi|Uber China',
      '58.com|Ganji|Meituan|Dianping|"17"|Inke|NOW|QQ Zone TV|Huayang TV|Longzhu TV',
      'Momo|Sina Weibo|Twitter|MIT|Huawei|Cisco|Amazon|AWS|Alibaba Cloud|iFlytek|DJI',
    ].join('|').split('|')
    const text = pdfText(slidesPdf)
    expect(named.filter(name => !text.includes(name))).toEqual([])
  })

  it('never prints a loopback address or a note meant for the teacher, and says where the quiz is', () => {
    const text = pdfText(slidesPdf)
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]/)
    expect(text).not.toContain('Teacher:')
    expect(text).toContain('Your teacher will give you the address')
  })

  it('prints the site address given on the command line, with a QR code that a phone reads as that address', () => {
    const file = join(out, 'last-slide.pdf')
    const run = runOffline('npx', ['tsx', 'scripts/export.ts', '--range', String(deck.length), '--site-url', 'https://school.example/lesson/', '--output', file], root)
    expect(run.status, run.output).toBe(0)
    expect(pdfPages(file)).toBe(1)
    expect(pdfText(file)).toContain('https://school.example/lesson/quiz')
    expect(qrOnFirstPage(file)).toBe('https://school.example/lesson/quiz')
  })

  it('writes one PNG image per slide of the range, and says what it wrote', () => {
    const folder = join(out, 'png')
    const run = runOffline('npx', ['tsx', 'scripts/export.ts', '--format', 'png', '--range', '1-3', '--output', folder], root)
    expect(run.status, run.output).toBe(0)
    const images = readdirSync(folder).filter(name => name.endsWith('.png'))
    expect(images).toHaveLength(3)
    expect(images.every(name => statSync(join(folder, name)).size > 10_000)).toBe(true)
    expect(run.output).toMatch(/Wrote .*png: 3 images/)
  })

  it('prints each quick check\'s options in the lesson\'s order, lettered as the projector and the phones letter them', () => {
    const text = pdfText(slidesPdf)
    const quickChecks = deck.flatMap(slide => Array.from(slide.content.matchAll(/<LiveQuestion question-id="([^"]+)"/g), m => m[1]!))
    expect(quickChecks).toHaveLength(4)
    for (const id of quickChecks) {
      const question = liveBank.find(q => q.id === id)!
      if (!isLiveQuestion(question))
        throw new Error(`${id} is not a live question`)
      const lessonOrder = publicQuestion(question).options.map((o, i) => `${letter(i)} ${normalizeText(o.text)}`)
      // Each option where the one before it ends: in this order, with these letters.
      const found = lessonOrder.reduce((from, option) => (from < 0 ? from : text.indexOf(option, from)), text.indexOf(normalizeText(question.prompt).slice(0, 40)))
      expect(found, `${id}: ${lessonOrder.join(' / ')}`).toBeGreaterThan(0)
    }
  })

  it('prints the quiz slides as a worksheet, without the answers', () => {
    const text = pdfText(slidesPdf)
    expect(text).toContain('Quick check 1 of 4')
    expect(text).not.toContain('Answer:')
  })

  it('keeps the Chinese text as text, in an embedded font', () => {
    const sources = ['slides.md', ...readdirSync(join(root, 'pages')).map(f => join('pages', f))]
    // The glossary slides show every term, so every term's Chinese must be in the PDF too.
    const chinese = [...chineseIn(sources.map(f => readFileSync(join(root, f), 'utf8')).join('\n')), ...terms.map(t => t.chinese)]
    expect(chinese.length).toBeGreaterThan(0)
    // A term may wrap across lines on its card ("烧钱 /" above "补贴大战"), beside other cards: read
    // the text in reading order, not laid out, and compare without spaces.
    const text = execFileSync('pdftotext', [slidesPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(chinese.filter(zh => !text.includes(zh.replace(/\s+/g, '')))).toEqual([])
    const fonts = execFileSync('pdffonts', [slidesPdf], { encoding: 'utf8' })
    expect(fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+\S+\s+yes/)
  })

  it('writes a speaker-notes handout with every slide\'s notes', () => {
    // Dated as a reader anywhere reads it ("4 December 2026"), not in one country's digits.
    const firstPage = execFileSync('pdftotext', ['-l', '1', notesPdf, '-'], { encoding: 'utf8' })
    expect(firstPage).toMatch(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/)
    expect(firstPage).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/)
    // Compared without spaces: pdftotext spaces out pinyin tone marks and Chinese differently.
    const text = pdfText(notesPdf).replace(SPACES, '')
    const missing = deck
      .filter(s => s.note.trim())
      .map(s => firstWords(s.note))
      .filter(start => !text.includes(start.replace(SPACES, '')))
    expect(missing).toEqual([])
  })
})
