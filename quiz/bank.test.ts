import { describe, expect, it } from 'vitest'
import { drivers } from '../content/argument'
import { rivalries, winnerLabel } from '../content/companies'
import { factChecks, verdictLabels } from '../content/fact-checks'
import { byAnnouncement, mergers } from '../content/mergers'
import { PART_IDS } from '../content/parts'
import { slideById } from '../content/slides'
import { bank } from './bank'
import { QUESTION_KINDS } from './types'
import { validateBank } from './validate'

function question<K extends (typeof bank)[number]['kind']>(id: string, kind: K): Extract<(typeof bank)[number], { kind: K }> {
  const found = bank.find(q => q.id === id)
  if (!found || found.kind !== kind)
    throw new Error(`no ${kind} question ${id}`)
  return found as Extract<(typeof bank)[number], { kind: K }>
}

describe('the shipped bank', () => {
  it('is valid', () => {
    const result = validateBank(bank)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('has at least 24 questions, 5 per part of the argument and 4 on critical reading', () => {
    expect(bank.length).toBeGreaterThanOrEqual(24)
    const count = (part: string): number => bank.filter(q => q.part === part).length
    for (const part of ['part-1', 'part-2', 'part-3'])
      expect(count(part), part).toBeGreaterThanOrEqual(5)
    expect(count('critical-reading')).toBeGreaterThanOrEqual(4)
    expect(count('intro')).toBeGreaterThanOrEqual(1)
    expect(count('conclusion')).toBeGreaterThanOrEqual(1)
    for (const part of PART_IDS)
      expect(count(part)).toBeGreaterThan(0)
  })

  it('uses every kind of question at least twice', () => {
    for (const kind of QUESTION_KINDS)
      expect(bank.filter(q => q.kind === kind).length, kind).toBeGreaterThanOrEqual(2)
  })

  it('names in each explanation the slide where the answer is taught', () => {
    for (const q of bank)
      expect(q.explanation, q.id).toContain(`"${slideById(q.slide).title}"`)
  })

  it('builds the companies question from content/companies.ts', () => {
    const q = question('p1-us-china-rivals', 'matching')
    expect(q.pairs.map(p => [p.left, p.right])).toEqual(rivalries.map(r => [r.usCompany, winnerLabel(r)]))
  })

  it('builds the merger-order question from the announcement dates in content/mergers.ts', () => {
    const q = question('p2-merger-order', 'ordering')
    const chosen = mergers.filter(m => q.answer.includes(m.id))
    expect(q.answer).toEqual(byAnnouncement(chosen).map(m => m.id))
    expect(q.answer[0]).toBe('youku-tudou')
  })

  it('builds the lost-pairs question from the probable mergers', () => {
    const q = question('cr-lost-pairs', 'multiple')
    expect(q.options.filter(o => o.correct).map(o => o.id)).toEqual(mergers.filter(m => m.relation === 'probable').map(m => m.id))
  })

  it('builds the verdict question from content/fact-checks.ts, one verdict per claim', () => {
    const q = question('cr-verdicts', 'matching')
    for (const pair of q.pairs) {
      const check = factChecks.find(c => c.id === pair.id)
      expect(check?.topic).toBe(pair.left)
      expect(check && verdictLabels[check.verdict]).toBe(pair.right)
    }
    expect(q.pairs.length).toBeGreaterThanOrEqual(4)
  })

  it('answers the Youku–Tudou question with the year in content/mergers.ts', () => {
    const q = question('cr-youku-tudou-year', 'single')
    const youku = mergers.find(m => m.id === 'youku-tudou')
    expect(q.options.find(o => o.correct)?.text).toBe(youku?.announced.slice(0, 4))
  })

  it('orders the drivers as content/argument.ts does', () => {
    expect(question('conclusion-drivers', 'ordering').answer).toEqual(drivers.map(d => d.part))
  })

  it('shows ordering items in an order other than the answer', () => {
    for (const q of bank) {
      if (q.kind === 'ordering')
        expect(q.items.map(i => i.id), q.id).not.toEqual(q.answer)
    }
  })
})
