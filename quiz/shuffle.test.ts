import type { Question } from './types'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bank, liveBank } from './bank'
import { grade } from './grade'
import { rightColumn } from './kinds/matching'
import { mulberry32, seedToInt, shuffle } from './random'
import { shuffleBank, shuffleQuestion } from './shuffle'

const seed = fc.oneof(fc.string(), fc.integer())

function sorted<T>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/** The ids of whatever a question shows in an order the shuffle may change. */
function choiceIds(question: Question): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple': return question.options.map(o => o.id)
    case 'matching': return question.pairs.map(p => p.id)
    case 'ordering': return question.items.map(i => i.id)
    default: return []
  }
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = mulberry32('lesson')
    const b = mulberry32('lesson')
    const values = Array.from({ length: 100 }).fill(a())
    expect(Array.from({ length: 100 }).fill(b())).toEqual(values)
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThan(1)
    }
  })

  it('gives different sequences for different seeds', () => {
    expect(mulberry32('a')()).not.toBe(mulberry32('b')())
    expect(seedToInt(1)).not.toBe(seedToInt(2))
  })
})

describe('shuffle', () => {
  it('returns a permutation and leaves its input alone', () => {
    fc.assert(fc.property(fc.array(fc.integer()), seed, (items, s) => {
      const copy = [...items]
      const result = shuffle(items, s)
      expect(sorted(result)).toEqual(sorted(items))
      expect(items).toEqual(copy)
    }))
  })

  it('is stable per seed', () => {
    fc.assert(fc.property(fc.array(fc.string()), seed, (items, s) => {
      expect(shuffle(items, s)).toEqual(shuffle(items, s))
    }))
  })

  it('actually changes the order for some seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i)
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map(s => shuffle(items, s).join(',')))
    expect(orders.size).toBeGreaterThan(1)
  })
})

describe('shuffleQuestion and shuffleBank', () => {
  const questions: Question[] = [...bank, ...Object.values(fixtures)]

  it('keep every question and every choice, and are stable per seed', () => {
    fc.assert(fc.property(seed, (s) => {
      const shuffled = shuffleBank(bank, s)
      expect(sorted(shuffled.map(q => q.id))).toEqual(sorted(bank.map(q => q.id)))
      for (const question of shuffled) {
        const original = bank.find(q => q.id === question.id) as Question
        expect(sorted(choiceIds(question))).toEqual(sorted(choiceIds(original)))
      }
      expect(shuffleBank(bank, s)).toEqual(shuffled)
    }), { numRuns: 50 })
  })

  it('do not change any grade, because responses name ids', () => {
    fc.assert(fc.property(
      fc.constantFrom(...questions),
      seed,
      fc.anything(),
      (question, s, noise) => {
        const shuffled = shuffleQuestion(question, s)
        for (const response of responsesFor(question, noise))
          expect(grade(shuffled, response)).toEqual(grade(question, response))
      },
    ), { numRuns: 300 })
  })

  it('shuffle the right-hand column of a matching question on its own', () => {
    const column = rightColumn(fixtures.matching, 'seed')
    expect(sorted(column)).toEqual(sorted(fixtures.matching.pairs.map(p => ({ id: p.id, right: p.right }))))
    expect(rightColumn(fixtures.matching, 'seed')).toEqual(column)
  })

  it('keep a scale\'s options in their order, whatever the seed', () => {
    const scale = { ...fixtures.single, keepOrder: true } as const
    fc.assert(fc.property(seed, (s) => {
      expect(shuffleQuestion(scale, s).options).toEqual(scale.options)
    }))
    expect(liveBank.filter(q => (q.kind === 'single' || q.kind === 'multiple') && q.keepOrder).map(q => q.id)).toEqual(['practice-huawei-verdict'])
  })

  it('leave the right order of an ordering question untouched', () => {
    const shuffled = shuffleQuestion(fixtures.ordering, 'x')
    expect(shuffled.answer).toEqual(fixtures.ordering.answer)
  })
})

/** Any value as text, even one whose toString is not a function (String() would throw). */
function noiseText(noise: unknown): string {
  return typeof noise === 'string' ? noise : JSON.stringify(noise) ?? ''
}

/** A few responses to a question: built from its ids in its original order, plus junk. */
function responsesFor(question: Question, noise: unknown): Parameters<typeof grade>[1][] {
  const ids = choiceIds(question)
  const junk = noise as Parameters<typeof grade>[1]
  switch (question.kind) {
    case 'single': return [{ kind: 'single', optionId: ids[0] ?? '' }, { kind: 'single', optionId: ids.at(-1) ?? '' }, junk]
    case 'multiple': return [{ kind: 'multiple', optionIds: ids.slice(0, 2) }, { kind: 'multiple', optionIds: ids.slice(1) }, junk]
    case 'true-false': return [{ kind: 'true-false', value: true }, { kind: 'true-false', value: false }, junk]
    case 'matching': return [{ kind: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length] ?? id])) }, junk]
    case 'ordering': return [{ kind: 'ordering', order: ids }, { kind: 'ordering', order: [...ids].reverse() }, junk]
    case 'short': return [{ kind: 'short', text: question.accepted[0] ?? '' }, { kind: 'short', text: noiseText(noise) }, junk]
    case 'open': return [{ kind: 'open', text: question.sample }, junk]
    case 'numeric': return [{ kind: 'numeric', text: String(question.answer) }, { kind: 'numeric', text: noiseText(noise) }, junk]
  }
}
