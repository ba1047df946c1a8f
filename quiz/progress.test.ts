import type { ProgressStorage, QuizProgress } from './progress'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bank } from './bank'
import { ANSWER_LIMITS } from './limits'
import { LESSON_SEED } from './order'
import {
  attemptKey,
  attemptsToPrune,
  bankFingerprint,
  emptyProgress,
  followOtherTab,
  KEPT_ATTEMPTS,
  LAST_ATTEMPT_KEY,
  LEGACY_STORAGE_KEY,
  loadProgress,
  markOpen,
  NO_STORAGE,
  OPEN_FOR_MS,
  openAttempts,
  openMarkKey,
  parseProgress,
  saveProgress,
  serializeProgress,
  unmarkOpen,
} from './progress'
import { addressWithSeed, isSeed, newSeed, seedFromSearch } from './seed'
import { startSession } from './session'

const small = [fixtures.single, fixtures.matching, fixtures.short]

function memory(entries: Record<string, string> = {}): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(Object.entries(entries))
  return {
    data,
    get length() { return data.size },
    key: i => [...data.keys()][i] ?? null,
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
  restarts: 0,
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
    ['an older version', saved({ version: 1 })],
    ['a newer version', saved({ version: 3 })],
    ['a short answer longer than the limit', saved({ responses: { 'fx-short': { kind: 'short', text: 'x'.repeat(ANSWER_LIMITS.shortAnswer + 1) } }, checked: [] })],
    ['a name longer than the limit', saved({ name: 'x'.repeat(ANSWER_LIMITS.name + 1) })],
    ['restarts that are not a count', saved({ restarts: -1 })],
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

  it('calls a save from a newer version of the page newer, and one from an older version older', () => {
    expect(parseProgress(small, saved({ version: 3 }))).toEqual({ ok: false, reason: 'it was saved by a newer version of this page' })
    expect(parseProgress(small, saved({ version: 1 }))).toEqual({ ok: false, reason: 'it was saved by an older version of this page' })
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
  it('round-trips through a storage, and resumes the latest attempt when no order is asked for', () => {
    const storage = memory()
    expect(saveProgress(small, storage, progress)).toBe(true)
    expect(loadProgress(small, storage)).toEqual({ ok: true, value: progress })
    expect(loadProgress(small, storage, 'abc123')).toEqual({ ok: true, value: progress })
    expect(storage.data.get(LAST_ATTEMPT_KEY)).toBe('abc123')
  })

  it('keeps attempts apart: saving another order never wipes an attempt', () => {
    const storage = memory()
    saveProgress(small, storage, progress, 1)
    saveProgress(small, storage, emptyProgress('other'), 2)
    expect(loadProgress(small, storage, 'abc123')).toEqual({ ok: true, value: progress })
    expect(loadProgress(small, storage)).toEqual({ ok: true, value: emptyProgress('other') })
  })

  it(`keeps the ${KEPT_ATTEMPTS} newest attempts`, () => {
    const storage = memory()
    for (let i = 0; i < KEPT_ATTEMPTS + 2; i++)
      saveProgress(small, storage, emptyProgress(`s${i}`), i)
    const kept = [...storage.data.keys()].filter(k => k.includes(':attempt:'))
    expect(kept).toHaveLength(KEPT_ATTEMPTS)
    expect(storage.data.has(attemptKey('s0'))).toBe(false)
    expect(storage.data.has(attemptKey(`s${KEPT_ATTEMPTS + 1}`))).toBe(true)
  })

  it('never prunes an attempt open in another tab, however many newer ones are saved', () => {
    const storage = memory()
    saveProgress(small, storage, progress, 1)
    markOpen(storage, 'tab1', progress.seed, 1)
    for (let i = 0; i < KEPT_ATTEMPTS + 2; i++)
      saveProgress(small, storage, emptyProgress(`s${i}`), 2 + i)
    expect(loadProgress(small, storage, progress.seed)).toEqual({ ok: true, value: progress })
    expect(storage.data.has(attemptKey('s0'))).toBe(false)
  })

  it('prunes it once its tab has closed, or once its tab\'s mark is too old to trust', () => {
    const closed = memory()
    saveProgress(small, closed, progress, 1)
    markOpen(closed, 'tab1', progress.seed, 1)
    unmarkOpen(closed, 'tab1')
    const crashed = memory()
    saveProgress(small, crashed, progress, 1)
    markOpen(crashed, 'tab1', progress.seed, 1)
    for (let i = 0; i < KEPT_ATTEMPTS; i++) {
      saveProgress(small, closed, emptyProgress(`s${i}`), 2 + i)
      saveProgress(small, crashed, emptyProgress(`s${i}`), OPEN_FOR_MS + 2 + i)
    }
    expect(closed.data.has(attemptKey(progress.seed))).toBe(false)
    expect(crashed.data.has(attemptKey(progress.seed))).toBe(false)
    // The stale mark goes too, so marks do not pile up.
    expect(crashed.data.has(openMarkKey('tab1'))).toBe(false)
  })

  it('removes a damaged save, so the notice is shown once', () => {
    const storage = memory({ [LAST_ATTEMPT_KEY]: 'abc123', [attemptKey('abc123')]: 'not json' })
    expect(loadProgress(small, storage).ok).toBe(false)
    expect(storage.data.has(attemptKey('abc123'))).toBe(false)
    expect(loadProgress(small, storage)).toEqual({ ok: true, value: undefined })
  })

  it('moves the first version\'s save to the new place, so an update of the page loses no answer', () => {
    const v1 = JSON.stringify({ version: 1, bank: bankFingerprint(small), seed: 'old1', current: 1, responses: progress.responses, checked: ['fx-single'], finished: false, name: 'Li' })
    const storage = memory({ [LEGACY_STORAGE_KEY]: v1 })
    expect(loadProgress(small, storage)).toEqual({ ok: true, value: { ...progress, seed: 'old1', name: 'Li' } })
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false)
  })

  it('says so when the first version\'s save is damaged', () => {
    const storage = memory({ [LEGACY_STORAGE_KEY]: '{"version":1,"bank":' })
    expect(loadProgress(small, storage)).toEqual({ ok: false, reason: 'it could not be read' })
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false)
  })

  it('reports a storage that refuses to save', () => {
    expect(saveProgress(small, NO_STORAGE, progress)).toBe(false)
    expect(loadProgress(small, NO_STORAGE)).toEqual({ ok: true, value: undefined })
  })

  it('keeps the shipped bank\'s fingerprint stable for the same bank', () => {
    expect(bankFingerprint(bank)).toBe(bankFingerprint([...bank]))
  })
})

describe('attemptsToPrune', () => {
  const saved = [5, 1, 4, 2, 6, 3, 7].map(n => ({ seed: `s${n}`, savedAt: n }))

  it.each([
    ['the oldest beyond the newest kept, when no tab has one open', [], ['s2', 's1']],
    ['none that a tab has open', ['s1'], ['s2']],
    ['none, when every old one is open', ['s1', 's2'], []],
    ['the same, when a tab has one of the newest open', ['s7'], ['s2', 's1']],
  ])('removes %s', (_, open, removed) => {
    expect(attemptsToPrune(saved, new Set(open))).toEqual(removed)
  })
})

describe('openAttempts', () => {
  it('lists the attempts whose tab renewed its mark lately, whatever the tab', () => {
    const storage = memory()
    markOpen(storage, 'a', 'x1', 1000)
    markOpen(storage, 'b', 'x2', 1000 + OPEN_FOR_MS)
    storage.setItem(openMarkKey('c'), 'not json')
    expect(openAttempts(storage, 1000 + OPEN_FOR_MS)).toEqual(new Set(['x2']))
    expect([...storage.data.keys()]).toEqual([openMarkKey('b')])
  })
})

describe('followOtherTab', () => {
  const mine: QuizProgress = { ...emptyProgress('s'), current: 2, responses: { 'fx-single': { kind: 'single', optionId: 'baidu' } }, checked: ['fx-single'] }

  it('adds the answers the other tab checked, and stays on this tab\'s question', () => {
    const theirs: QuizProgress = { ...emptyProgress('s'), responses: { 'fx-short': { kind: 'short', text: 'Inke' } }, checked: ['fx-short'] }
    const followed = followOtherTab(mine, theirs)
    expect(followed.progress.checked).toEqual(['fx-single', 'fx-short'])
    expect(Object.keys(followed.progress.responses).sort()).toEqual(['fx-short', 'fx-single'])
    expect(followed.progress.current).toBe(2)
    expect(followed.notice).toContain('another tab')
    expect(followed.saveBack).toBe(true)
  })

  it('never lets the other tab replace an answer this tab checked', () => {
    const theirs: QuizProgress = { ...emptyProgress('s'), responses: { 'fx-single': { kind: 'single', optionId: 'google' } } }
    expect(followOtherTab(mine, theirs).progress.responses['fx-single']).toEqual({ kind: 'single', optionId: 'baidu' })
  })

  it('does not save back when the other tab already has everything, so two tabs do not echo forever', () => {
    const theirs: QuizProgress = { ...mine, current: 0 }
    expect(followOtherTab(mine, theirs)).toMatchObject({ notice: '', saveBack: false })
  })

  it('follows a "Start over" made in the other tab, and ignores an older one', () => {
    const cleared = emptyProgress('s', '', 1)
    expect(followOtherTab(mine, cleared)).toMatchObject({ progress: cleared, saveBack: false })
    expect(followOtherTab(mine, cleared).notice).toContain('cleared in another tab')
    const later = { ...mine, restarts: 2 }
    expect(followOtherTab(later, cleared)).toMatchObject({ progress: later, saveBack: true })
  })

  it('ignores another attempt', () => {
    expect(followOtherTab(mine, emptyProgress('t')).progress).toBe(mine)
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
    ['?seed=1&seed=2', '2'],
  ])('reads %s as %s', (search, seed) => {
    expect(seedFromSearch(search)).toBe(seed)
  })

  it('keeps exactly one seed in the address', () => {
    expect(addressWithSeed('http://x/quiz?seed=1&seed=2', '2')).toBe('http://x/quiz?seed=2')
    expect(addressWithSeed('http://x/quiz?seed=2', '2')).toBeUndefined()
    expect(addressWithSeed('http://x/quiz', 'abc')).toBe('http://x/quiz?seed=abc')
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
  it('resumes the saved attempt', () => {
    expect(startSession({ asked: undefined, saved: { ok: true, value: progress } })).toEqual({ progress, notice: '' })
  })

  it('starts with the seed of the address, or the lesson\'s order, when nothing was saved', () => {
    expect(startSession({ asked: '7', saved: { ok: true, value: undefined } }).progress.seed).toBe('7')
    expect(startSession({ asked: undefined, saved: { ok: true, value: undefined } }).progress.seed).toBe(LESSON_SEED)
  })

  it('explains why damaged progress was not used', () => {
    const start = startSession({ asked: undefined, saved: { ok: false, reason: 'it is damaged' } })
    expect(start.progress.responses).toEqual({})
    expect(start.notice).toBe('Your saved answers could not be used (it is damaged), so a new attempt has started.')
  })
})
