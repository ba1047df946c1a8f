import type { Question } from './types'
import { describe, expect, it } from 'vitest'
import { rivalries } from '../content/companies'
import { huaweiPassedEricsson } from '../content/fact-checks'
import { byAnnouncement, mergers } from '../content/mergers'
import { OBJECTIVE_IDS } from '../content/objectives'
import { slideById } from '../content/slides'
import { bank, practiceBank, questionById } from './bank'
import { QUESTION_KINDS } from './kinds'
import { POINTS_BY_KIND } from './points'
import { normalizeAnswer } from './text'
import { validateBank } from './validate'

function question<K extends Question['kind']>(id: string, kind: K): Extract<Question, { kind: K }> {
  const found = questionById(id)
  if (!found || found.kind !== kind)
    throw new Error(`no ${kind} question ${id}`)
  return found as Extract<Question, { kind: K }>
}

/**
 * The single-choice questions whose right option is the unique longest: a student who guesses "the
 * longest" gets them right without knowing anything.
 */
export function keyIsLongest(questions: readonly Question[]): string[] {
  return questions.flatMap((q) => {
    if (q.kind !== 'single')
      return []
    const key = q.options.find(o => o.correct)!
    const others = q.options.filter(o => !o.correct).map(o => o.text.length)
    return key.text.length > Math.max(...others) ? [q.id] : []
  })
}

describe('the graded bank', () => {
  it('is valid', () => {
    const result = validateBank(bank)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('has at least 5 questions on each of the article\'s three parts, and covers every part of the lesson', () => {
    const count = (part: string): number => bank.filter(q => q.part === part).length
    for (const part of ['part-1', 'part-2', 'part-3'])
      expect(count(part), part).toBeGreaterThanOrEqual(5)
    for (const part of ['intro', 'conclusion', 'critical-reading'])
      expect(count(part), part).toBeGreaterThan(0)
  })

  it('assesses every learning objective, objectives 3 and 4 with more than recall', () => {
    for (const objective of OBJECTIVE_IDS)
      expect(bank.filter(q => q.objective === objective).length, objective).toBeGreaterThanOrEqual(3)
    // Reasoning: a verdict with its reason, which evidence would test a claim, an open answer.
    expect(question('cr-google-verdict', 'multiple').options.filter(o => o.correct).map(o => o.id)).toEqual(['verdict', 'reason'])
    expect(question('cr-test-evidence', 'single').objective).toBe('spot-contradictions')
    expect(bank.filter(q => q.kind === 'open' && q.objective === 'judge-hindsight').length).toBeGreaterThanOrEqual(1)
  })

  it('uses every kind of question, the automatically marked ones at least twice', () => {
    for (const kind of QUESTION_KINDS)
      expect(bank.filter(q => q.kind === kind).length, kind).toBeGreaterThanOrEqual(kind === 'open' ? 1 : 2)
  })

  it('gives points by one rule, by kind', () => {
    expect(bank.filter(q => q.points !== POINTS_BY_KIND[q.kind]).map(q => q.id)).toEqual([])
  })

  it('asks few vocabulary-recall short answers', () => {
    expect(bank.filter(q => q.kind === 'short').length).toBeLessThanOrEqual(2)
  })

  it('keeps the right option from being the longest in most single-choice questions', () => {
    const singles = bank.filter(q => q.kind === 'single')
    const longest = keyIsLongest(singles)
    expect(longest.length / singles.length, `the key is the unique longest option in: ${longest.join(', ')}`).toBeLessThan(1 / 3)
  })

  it('ends the sentence before "Taught on the slide", even one that ends in a quotation', () => {
    const runOn = [...bank, ...practiceBank].filter(q => /[^.!?"”]["”]? Taught on/.test(q.explanation)).map(q => q.id)
    expect(runOn).toEqual([])
  })

  it('names in each explanation the slide where the answer is taught', () => {
    for (const q of bank)
      expect(q.explanation, q.id).toContain(`"${slideById(q.slide).title}"`)
  })

  it('builds the companies question from content/companies.ts, with the companies the article names', () => {
    const q = question('p1-us-china-rivals', 'matching')
    expect(q.pairs.map(p => [p.left, p.right])).toEqual(rivalries.map(r => [r.usCompany, r.chineseWinner]))
    expect(q.pairs.map(p => p.right)).toEqual(['Baidu', 'Alibaba', 'Tencent', 'Qihoo 360'])
  })

  it('builds the merger-order question from the announcement dates in content/mergers.ts', () => {
    const q = question('p2-merger-order', 'ordering')
    const dated = q.answer.map(id => mergers.find(m => m.id === id)!)
    expect(dated).toEqual(byAnnouncement(dated))
    expect(q.items.map(it => it.id)).not.toEqual(q.answer)
  })

  it('never counts Didi – Kuaidi wrong as a lost pair: it is left out of the question', () => {
    const q = question('cr-lost-pairs', 'multiple')
    expect(q.options.filter(o => o.correct).map(o => o.id)).toEqual(['58-ganji', 'meituan-dianping'])
    expect(q.options.map(o => o.id)).not.toContain('didi-kuaidi')
  })

  it('counts only the Alibaba fine and the amended law as tests of the anti-monopoly claim', () => {
    const q = question('cr-anti-monopoly-test', 'multiple')
    expect(q.options.filter(o => o.correct).map(o => o.id)).toEqual(['alibaba-fine', 'aml-amended'])
  })

  it('accepts "live broadcast" for 直播', () => {
    const q = question('p2-zhibo', 'short')
    expect(q.accepted.map(normalizeAnswer)).toContain(normalizeAnswer('live broadcast'))
  })

  it('does not put words in the article\'s mouth: no Taobao or QQ given as what the article says, no "columnist"', () => {
    const said = bank.flatMap(q => [q.prompt, q.explanation, ...('options' in q ? q.options.flatMap(o => [o.text, o.feedback ?? '']) : [])])
    // "QQ Zone TV" is the article's own name for a platform; QQ the messenger is not in the article.
    expect(said.filter(text => /\bQQ\b(?! Zone)|columnist/.test(text))).toEqual([])
    expect(said.filter(text => /article (?:says|names|credits).*Taobao/.test(text))).toEqual([])
  })

  it('dates Huawei passing Ericsson as content/ does: the first half of 2012, not "2012"', () => {
    const said = bank.flatMap(q => [q.prompt, q.explanation, ...('options' in q ? q.options.flatMap(o => [o.text, o.feedback ?? '']) : [])])
    const ericsson = said.filter(text => text.includes('Ericsson') && /\b20\d\d\b/.test(text))
    expect(ericsson.length).toBeGreaterThan(0)
    expect(ericsson.filter(text => !text.includes(huaweiPassedEricsson.when))).toEqual([])
  })
})

describe('the practice bank', () => {
  it('is valid, and shares no question with the graded quiz', () => {
    const result = validateBank(practiceBank)
    expect(result.ok ? [] : result.issues).toEqual([])
    const graded = new Set(bank.map(q => q.id))
    expect(practiceBank.filter(q => graded.has(q.id)).map(q => q.id)).toEqual([])
    expect(practiceBank.filter(q => bank.some(b => b.prompt === q.prompt)).map(q => q.id)).toEqual([])
  })

  it('has only the kinds a live quiz can run: single, multiple and true/false', () => {
    expect(practiceBank.filter(q => !['single', 'multiple', 'true-false'].includes(q.kind)).map(q => q.id)).toEqual([])
  })

  it('is found by id, as the graded questions are', () => {
    expect(questionById('practice-inke')?.kind).toBe('single')
    expect(questionById('intro-thesis')?.kind).toBe('true-false')
    expect(questionById('no-such-question')).toBeUndefined()
  })
})
