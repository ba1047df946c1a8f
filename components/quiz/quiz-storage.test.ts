import type { ProgressStorage, QuizProgress } from './quiz-storage'
import { describe, expect, it } from 'vitest'
import { bank } from '../../quiz/bank'
import { fixtures } from '../../quiz/test-fixtures'
import { isSeed, newSeed, seedFromSearch } from './quiz-seed'
import { startSession } from './quiz-session'
import {
  bankFingerprint,
  emptyProgress,
  loadProgress,
  NO_STORAGE,
  parseProgress,
  saveProgress,
  serializeProgress,
  STORAGE_KEY,
} from './quiz-storage'

const small = [fixtures.single, fixtures.matching, fixtures.short]

function memory(initial?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]])
  return {
    data,
    getItem: key => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: key => void data.delete(key),
  }
}

const progress: QuizProgress = {
  seed: 'abc123',
  current: 1,
  responses: {
    'fx-single': { kind: 'single', optionId: 'baidu' },
    'fx-matching': { kind: 'matching', matches: { google: 'google', ebay: 'msn' } },
  },
  checked: ['fx-single'],
  finished: false,
  name: '王丽',
}

function saved(patch: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(serializeProgress(small, progress)), ...patch })
}

describe('parseProgress', () => {
  it('reads back exactly what was saved', () => {
    expect(parseProgress(small, serializeProgress(small, progress))).toEqual({ ok: true, value: progress })
  })

  it('reads nothing saved as no progress, without a complaint', () => {
    expect(parseProgress(small, null)).toEqual({ ok: true, value: undefined })
  })

  it.each([
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '[1,2,3]'],
    ['an older version', saved({ version: 0 })],
    ['another bank', saved({ bank: 'zzz' })],
    ['a seed that is not a seed', saved({ seed: '<script>' })],
    ['a position past the last question', saved({ current: 3 })],
    ['a position that is not a whole number', saved({ current: 0.5 })],
    ['an answer to an unknown question', saved({ responses: { 'no-such-question': { kind: 'single', optionId: 'x' } } })],
    ['an answer naming an unknown option', saved({ responses: { 'fx-single': { kind: 'single', optionId: 'google' } } })],
    ['an answer of the wrong kind', saved({ responses: { 'fx-single': { kind: 'short', text: 'Baidu' } } })],
    ['a checked question with no answer', saved({ checked: ['fx-short'] })],
    ['checked ids that are not strings', saved({ checked: [1] })],
    ['a missing field', saved({ finished: undefined })],
  ])('discards %s, saying why', (_, text) => {
    const result = parseProgress(small, text)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).not.toBe('')
  })
})

describe('bankFingerprint', () => {
  it('changes when a question is added, removed or replaced', () => {
    const base = bankFingerprint(small)
    expect(bankFingerprint([...small])).toBe(base)
    expect(bankFingerprint(small.slice(1))).not.toBe(base)
    expect(bankFingerprint([...small, fixtures.ordering])).not.toBe(base)
    expect(bankFingerprint([fixtures.trueFalse, fixtures.matching, fixtures.short])).not.toBe(base)
  })
})

describe('loadProgress and saveProgress', () => {
  it('round-trips through a storage', () => {
    const storage = memory()
    expect(saveProgress(small, storage, progress)).toBe(true)
    expect(loadProgress(small, storage)).toEqual({ ok: true, value: progress })
  })

  it('removes a damaged save, so the notice is shown once', () => {
    const storage = memory('not json')
    expect(loadProgress(small, storage).ok).toBe(false)
    expect(storage.data.has(STORAGE_KEY)).toBe(false)
  })

  it('reports a storage that refuses to save', () => {
    expect(saveProgress(small, NO_STORAGE, progress)).toBe(false)
    expect(loadProgress(small, NO_STORAGE)).toEqual({ ok: true, value: undefined })
  })

  it('keeps the shipped bank\'s fingerprint stable for the same bank', () => {
    expect(bankFingerprint(bank)).toBe(bankFingerprint([...bank]))
  })
})

describe('seeds', () => {
  it.each([
    ['?seed=1', '1'],
    ['?seed=class-4b', 'class-4b'],
    ['?seed=', undefined],
    ['?seed=a%20b', undefined],
    ['?other=1', undefined],
    ['', undefined],
  ])('reads %s as %s', (search, seed) => {
    expect(seedFromSearch(search)).toBe(seed)
  })

  it('makes a six-character seed from the random numbers given', () => {
    const values = [0, 0.5, 0.99, 0.1, 0.2, 0.3]
    const seed = newSeed(() => values.shift() ?? 0)
    expect(seed).toBe('0iz37a')
    expect(isSeed(seed)).toBe(true)
    expect(newSeed(() => 0)).toBe('000000')
  })
})

describe('startSession', () => {
  const random = () => 0

  it('resumes saved progress when the address asks for no order or the same one', () => {
    for (const search of ['', '?seed=abc123'])
      expect(startSession({ bank: small, search, saved: { ok: true, value: progress }, random })).toEqual({ progress, notice: '' })
  })

  it('starts a new attempt in the order the address asks for, keeping the name and saying so', () => {
    const start = startSession({ bank: small, search: '?seed=1', saved: { ok: true, value: progress }, random })
    expect(start.progress).toEqual(emptyProgress('1', '王丽'))
    expect(start.notice).toContain('"1"')
  })

  it('starts with the seed of the address, or a fresh one, when nothing was saved', () => {
    expect(startSession({ bank: small, search: '?seed=7', saved: { ok: true, value: undefined }, random }).progress.seed).toBe('7')
    expect(startSession({ bank: small, search: '', saved: { ok: true, value: undefined }, random }).progress.seed).toBe('000000')
  })

  it('explains why damaged progress was not used', () => {
    const start = startSession({ bank: small, search: '', saved: { ok: false, reason: 'it is damaged' }, random })
    expect(start.progress.responses).toEqual({})
    expect(start.notice).toBe('Your saved answers could not be used (it is damaged), so a new attempt has started.')
  })
})
