import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_PAGES } from '../../apps/vite.config'
import { slideAnchors } from '../../content'
import { quotedFacts } from '../../content/quoted'
import { bank, liveBank, questionById } from '../../quiz/bank'
import { isLiveQuestion } from '../../quiz/live/protocol'
import { readDeck, root } from '../../scripts/lib/deck'

const QUESTION_ID = /question-id="([^"]+)"/g
const LIVE_QUESTION_ID = /<LiveQuestion\s[^>]*question-id="([^"]+)"/g
const SLIDE_MINUTES = /^\*\*(\d+(?:\.\d+)?) min\*\*/
const PART_MINUTES = /· ([^:\n]+): (\d+(?:\.\d+)?) min in all/
const ASK = /Ask \((core|if time)\):/g
const HAS_ASK = /Ask \((?:core|if time)\):/
const BARE_ASK = /(?<!\()\bAsk(?: the class)?:/
const HAS_CLICKS = /<v-clicks?\b|\bv-click\b/
const DURATION = /^(\d+)min$/
// A row of the README's lesson plan: | Part 2 | 5 | 8 | what happens |
const PLAN_ROW = /^\| ([A-Z][^|]*)\| +(\d+) \| +(\d+) \|/gm

describe('the deck as a lesson', async () => {
  const deck = await readDeck()
  const content = deck.filter(s => s.frontmatter.layout !== 'cover')

  it('has a slide for every anchor the quiz and fact checks link to, with the same title', () => {
    const problems = slideAnchors.flatMap((anchor) => {
      const slide = deck.find(s => s.frontmatter.routeAlias === anchor.id)
      if (!slide)
        return [`no slide with routeAlias "${anchor.id}"`]
      return slide.title === anchor.title ? [] : [`/${anchor.id}: title "${slide.title}" ≠ anchor "${anchor.title}"`]
    })
    expect(problems).toEqual([])
  })

  it('gives no slide an address that a page of the site takes (/quiz, /sources …): the page would hide the slide', () => {
    const taken = deck.filter(s => (APP_PAGES as readonly unknown[]).includes(s.frontmatter.routeAlias)).map(s => `${s.no} /${String(s.frontmatter.routeAlias)}`)
    expect(taken).toEqual([])
  })

  it('puts the facts of content/ into the slides and notes, leaving no [[name]] behind', () => {
    const left = deck.filter(s => /\[\[[\w:/-]+\]\]/.test(s.note)).map(s => `${s.no} ${s.title}`)
    expect(left).toEqual([])
    const huawei = deck.find(s => s.frontmatter.routeAlias === 'huawei-cisco')
    expect(huawei?.note).toContain(`Cisco ${quotedFacts['share:switches-2017/Cisco']} of revenue`)
  })

  it('uses only question ids the bank has, on every quiz slide', () => {
    const used = deck.flatMap(s => Array.from(s.content.matchAll(QUESTION_ID), m => ({ slide: s.no, id: m[1]! })))
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter(u => !questionById(u.id))).toEqual([])
  })

  it('asks live only questions phones can answer (single, multiple, true/false) and no graded-quiz question', () => {
    const live = deck.flatMap(s => Array.from(s.content.matchAll(LIVE_QUESTION_ID), m => m[1]!))
    expect(live.length).toBeGreaterThan(0)
    expect(live.filter(id => !liveBank.some(q => q.id === id && isLiveQuestion(q)))).toEqual([])
    expect(live.filter(id => bank.some(q => q.id === id))).toEqual([])
  })

  it('gives every content slide speaker notes with a question to ask, marked core or "if time"', () => {
    const missing = content.filter(s => !HAS_ASK.test(s.note)).map(s => `${s.no} ${s.title}`)
    expect(missing).toEqual([])
    expect(deck.filter(s => BARE_ASK.test(s.note)).map(s => `${s.no} ${s.title}`)).toEqual([])
  })

  it('keeps the core questions to what 50 minutes allow', () => {
    const core = deck.flatMap(s => Array.from(s.note.matchAll(ASK), m => m[1])).filter(kind => kind === 'core')
    console.info(`${core.length} core questions to ask`)
    expect(core.length).toBeGreaterThanOrEqual(8)
    expect(core.length).toBeLessThanOrEqual(20)
  })

  it('marks [click] in the notes of every slide whose content appears on clicks', () => {
    const missing = content
      .filter(s => HAS_CLICKS.test(s.content) && !s.note.includes('[click]'))
      .map(s => `${s.no} ${s.title}`)
    expect(missing).toEqual([])
  })

  it('plans minutes for every slide that add up to each part\'s minutes, and the parts to the headmatter duration', () => {
    const { parts, problems } = lessonParts()
    for (const part of parts) {
      if (Math.abs(part.slides - part.planned) > 1e-9)
        problems.push(`${part.name}: its slides add up to ${part.slides} min, but it plans ${part.planned}`)
    }
    expect(problems).toEqual([])
    expect(parts.length).toBeGreaterThanOrEqual(8)
    const duration = Number(DURATION.exec(String(deck[0]!.frontmatter.duration))?.[1])
    expect(parts.reduce((sum, p) => sum + p.planned, 0)).toBe(duration)
  })

  it('is the lesson plan the README gives: each part\'s slides and minutes, and the size of the full quiz', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const plan = readme.slice(readme.indexOf('## The lesson plan'), readme.indexOf('## Guides'))
    const rows = Array.from(plan.matchAll(PLAN_ROW), m => ({ name: m[1]!.trim(), count: Number(m[2]), planned: Number(m[3]) }))
    expect(rows).toEqual(lessonParts().parts.map(p => ({ name: p.name, count: p.count, planned: p.planned })))
    expect(readme).toContain(`The full quiz (${bank.length} questions`)
  })

  it('teaches on at most 30 slides, the rest half a minute each, as the README says', () => {
    const minutes = deck.map(slide => Number(SLIDE_MINUTES.exec(slide.note.trim())?.[1]))
    const teaching = minutes.filter(m => m >= 1).length
    const brief = minutes.filter(m => m === 0.5).length
    expect(teaching + brief).toBe(deck.length)
    expect(teaching).toBeLessThanOrEqual(30)
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain(`Of the ${deck.length} slides, ${teaching} carry the teaching, one to six minutes each; the other ${brief} take half a minute`)
  })

  it('gives the discussion 6 to 8 minutes, with think, pair and share timed on the slide', () => {
    const discussion = deck.find(slide => slide.frontmatter.routeAlias === 'discussion')!
    const planned = Number(SLIDE_MINUTES.exec(discussion.note.trim())?.[1])
    expect(planned).toBeGreaterThanOrEqual(6)
    expect(planned).toBeLessThanOrEqual(8)
    const phases = Array.from(discussion.content.matchAll(/(?:think|pair|share) (\d+) min/gi), m => Number(m[1]))
    expect(phases).toHaveLength(3)
    expect(phases.reduce((a, b) => a + b, 0)).toBe(planned)
  })

  /** The parts of the lesson as the notes plan them: the minutes each plans, its slides' minutes and how many slides. */
  function lessonParts(): { parts: { name: string, planned: number, slides: number, count: number }[], problems: string[] } {
    const problems: string[] = []
    const parts: { name: string, planned: number, slides: number, count: number }[] = []
    for (const slide of deck) {
      const own = SLIDE_MINUTES.exec(slide.note.trim())
      if (!own) {
        problems.push(`slide ${slide.no} "${slide.title}": its notes do not start with **N min**`)
        continue
      }
      const part = PART_MINUTES.exec(slide.note)
      if (part)
        parts.push({ name: part[1]!.trim(), planned: Number(part[2]), slides: 0, count: 0 })
      if (parts.length === 0) {
        problems.push(`slide ${slide.no}: before any part starts`)
        continue
      }
      parts.at(-1)!.slides += Number(own[1])
      parts.at(-1)!.count += 1
    }
    return { parts, problems }
  }
})
