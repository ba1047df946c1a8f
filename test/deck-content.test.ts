import { describe, expect, it } from 'vitest'
import { slideAnchors } from '../content'
import { bank } from '../quiz/bank'
import { readDeck } from '../scripts/deck'

const QUESTION_ID = /question-id="([^"]+)"/g
const MINUTES = /·\s*(\d+)\s*min in all/
const HAS_CLICKS = /<v-clicks?\b|\bv-click\b/
const DURATION = /^(\d+)min$/

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

  it('uses only question ids the bank has, on every quiz slide', () => {
    const used = deck.flatMap(s => Array.from(s.content.matchAll(QUESTION_ID), m => ({ slide: s.no, id: m[1]! })))
    expect(used.length).toBeGreaterThan(0)
    const ids = new Set(bank.map(q => q.id))
    expect(used.filter(u => !ids.has(u.id))).toEqual([])
  })

  it('gives every content slide speaker notes with a question to ask the class', () => {
    const missing = content.filter(s => !s.note.includes('Ask')).map(s => `${s.no} ${s.title}`)
    expect(missing).toEqual([])
  })

  it('marks [click] in the notes of every slide whose content appears on clicks', () => {
    const missing = content
      .filter(s => HAS_CLICKS.test(s.content) && !s.note.includes('[click]'))
      .map(s => `${s.no} ${s.title}`)
    expect(missing).toEqual([])
  })

  it('plans minutes per part that add up to the headmatter duration', () => {
    const minutes = deck.map(s => MINUTES.exec(s.note)).filter(m => m !== null).map(m => Number(m[1]))
    expect(minutes.length).toBeGreaterThanOrEqual(6)
    const duration = Number(DURATION.exec(String(deck[0]!.frontmatter.duration))?.[1])
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(duration)
  })
})
