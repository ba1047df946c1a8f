// @vitest-environment happy-dom
import type { ProgressStorage } from '../../quiz/progress'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { LESSON_SEED } from '../../quiz/order'
import { attemptKey, emptyProgress, LAST_ATTEMPT_KEY, OPEN_HEARTBEAT_MS, serializeProgress } from '../../quiz/progress'
import { fixtures } from '../../test/fixtures/questions'
import { STORAGE_FULL_FLAG } from './browser-storage'
import QuizPage from './QuizPage.vue'

const bank = [fixtures.single, fixtures.trueFalse, fixtures.short]

/** A storage holding, optionally, one saved attempt with seed `x` as the latest. */
function memory(saved?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(saved === undefined ? [] : [[LAST_ATTEMPT_KEY, 'x'], [attemptKey('x'), saved]])
  return {
    data,
    get length() { return data.size },
    key: i => [...data.keys()][i] ?? null,
    getItem: key => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: key => void data.delete(key),
  }
}

function render(storage: ProgressStorage, search = '', events: EventTarget = new EventTarget()) {
  return mount(QuizPage, { attachTo: document.body, props: { bank, storage, search, events, random: () => 0.5, now: () => new Date('2026-03-02T08:00:00Z') } })
}

/** Two tabs on one browser: a save in one is announced to the other as a `storage` event. */
function twoTabs(): { storage: ProgressStorage, tabs: [EventTarget, EventTarget], writer: { tab: number } } {
  const shared = memory()
  const tabs: [EventTarget, EventTarget] = [new EventTarget(), new EventTarget()]
  const writer = { tab: 0 }
  const storage: ProgressStorage = {
    ...shared,
    getItem: key => shared.getItem(key),
    setItem: (key, newValue) => {
      shared.setItem(key, newValue)
      const other = tabs[1 - writer.tab]!
      other.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }))
    },
  }
  return { storage, tabs, writer }
}

describe('quizPage', () => {
  it('is a main landmark with a level-one heading and a labelled name field', () => {
    const wrapper = render(memory())
    expect(wrapper.find('main h1').text()).toBe('Comprehension quiz')
    const input = wrapper.find('#quiz-student-name')
    expect(wrapper.find('label[for="quiz-student-name"]').text()).toContain('Your name')
    expect(input.attributes('type')).toBe('text')
  })

  it('opens in the lesson\'s order, the slides\' letters, and saves that attempt at once', () => {
    const storage = memory()
    const wrapper = render(storage)
    const saved = JSON.parse(storage.data.get(attemptKey(LESSON_SEED))!) as { seed: string }
    expect(saved.seed).toBe(LESSON_SEED)
    expect(storage.data.get(LAST_ATTEMPT_KEY)).toBe(LESSON_SEED)
    expect(wrapper.find('.quiz-seed').text()).toBe('Question order: the lesson\'s, with the options lettered as on the slides')
    expect(wrapper.findAll('.quiz-choice').map(c => c.text().slice(0, 4))).toEqual(['A · ', 'B · ', 'C · ', 'D · '].slice(0, fixtures.single.options.length))
  })

  it('letters no option in a student\'s own shuffled order, where letters would not match the slides', () => {
    const wrapper = render(memory(), '?seed=7')
    expect(wrapper.findAll('.quiz-letter')).toHaveLength(0)
    expect(wrapper.findAll('.quiz-choice').length).toBeGreaterThan(0)
  })

  it('saves after every answer and resumes from what was saved', async () => {
    const storage = memory()
    const wrapper = render(storage, '?seed=7')
    await wrapper.findAll('input[type="radio"]')[0]!.trigger('change')
    const saved = JSON.parse(storage.data.get(attemptKey('7'))!) as { responses: object }
    expect(Object.keys(saved.responses)).toHaveLength(1)
    const again = render(storage, '?seed=7')
    expect((again.findAll('input[type="radio"]')[0]!.element as HTMLInputElement).checked).toBe(true)
  })

  it.each([
    ['bad JSON', '{"version":'],
    ['the wrong shape', '{"hello":"world"}'],
    ['an old version', JSON.stringify({ ...JSON.parse(serializeProgress(bank, emptyProgress('x'))), version: 0 })],
    ['a newer version', JSON.stringify({ ...JSON.parse(serializeProgress(bank, emptyProgress('x'))), version: 9 })],
    ['an unknown question id', serializeProgress(bank, { ...emptyProgress('x'), responses: { gone: { kind: 'true-false', value: true } } })],
  ])('discards saved progress with %s, with a short notice, and still shows the quiz', (_, text) => {
    const wrapper = render(memory(text))
    const notice = wrapper.find('[role="status"]')
    expect(notice.text()).toMatch(/^Your saved answers could not be used \(.+\), so a new attempt has started\.$/)
    expect(wrapper.find('h2').text()).toBe('Question 1 of 3')
  })

  it('clears the answers on "Start over" and says so', async () => {
    const storage = memory(serializeProgress(bank, { ...emptyProgress('x'), responses: { 'fx-true-false': { kind: 'true-false', value: true } }, checked: ['fx-true-false'] }))
    const wrapper = render(storage)
    await wrapper.findAll('button').find(b => b.text() === 'Start over')!.trigger('click')
    await wrapper.findAll('button').find(b => b.text() === 'Yes, clear my answers')!.trigger('click')
    expect(JSON.parse(storage.data.get(attemptKey('x'))!)).toMatchObject({ seed: 'x', responses: {}, checked: [], restarts: 1 })
    expect(wrapper.find('[role="status"]').text()).toContain('Your answers were cleared.')
  })

  it('keeps the other attempt when a tab opens another order', async () => {
    const storage = memory(serializeProgress(bank, { ...emptyProgress('x'), responses: { 'fx-true-false': { kind: 'true-false', value: true } }, checked: ['fx-true-false'] }))
    render(storage, '?seed=other')
    expect(storage.data.has(attemptKey('other'))).toBe(true)
    expect(JSON.parse(storage.data.get(attemptKey('x'))!)).toMatchObject({ checked: ['fx-true-false'] })
  })

  it('follows an answer checked in another tab of the same attempt, and says so', async () => {
    const { storage, tabs, writer } = twoTabs()
    const first = render(storage, '?seed=s', tabs[0])
    writer.tab = 1
    const second = render(storage, '?seed=s', tabs[1])
    // Tab 2 answers and checks question 1.
    await second.findAll('input[type="radio"]')[0]!.setValue(true)
    await second.find('form').trigger('submit')
    await second.vm.$nextTick()
    await first.vm.$nextTick()
    expect(first.find('[role="status"]').text()).toContain('another tab')
    expect(first.text()).toContain('1 checked')
    // Tab 1 now answers: tab 2's checked answer survives in what is saved.
    writer.tab = 0
    await first.findAll('button').find(b => b.text().startsWith('Next'))!.trigger('click')
    await first.findAll('input[type="radio"]')[1]!.setValue(true)
    await first.vm.$nextTick()
    const saved = JSON.parse(storage.getItem(attemptKey('s'))!) as { checked: string[] }
    expect(saved.checked).toHaveLength(1)
  })

  it('says so when another tab removes the attempt on screen, and saves its answers again', async () => {
    const { storage, tabs, writer } = twoTabs()
    const first = render(storage, '?seed=s', tabs[0])
    await first.findAll('input[type="radio"]')[0]!.setValue(true)
    await first.find('form').trigger('submit')
    await first.vm.$nextTick()
    expect(first.text()).toContain('1 checked')
    // The other tab removes it, as a tab whose mark had gone stale would prune it.
    writer.tab = 1
    storage.removeItem(attemptKey('s'))
    tabs[0].dispatchEvent(Object.assign(new Event('storage'), { key: attemptKey('s'), newValue: null }))
    await first.vm.$nextTick()
    expect(first.find('[role="status"]').text()).toMatch(/^This attempt had been removed from this browser's storage .+ Your answers on this page are saved again\.$/)
    expect(first.text()).toContain('1 checked')
    expect((JSON.parse(storage.getItem(attemptKey('s'))!) as { checked: string[] }).checked).toHaveLength(1)
  })

  it('finds out at its next heartbeat when the attempt was removed without a word to this tab (a frozen tab)', async () => {
    vi.useFakeTimers()
    try {
      const storage = memory()
      const wrapper = render(storage, '?seed=7')
      storage.removeItem(attemptKey('7'))
      await vi.advanceTimersByTimeAsync(OPEN_HEARTBEAT_MS)
      expect(wrapper.find('[role="status"]').text()).toContain('This attempt had been removed')
      expect(storage.data.has(attemptKey('7'))).toBe(true)
    }
    finally {
      vi.useRealTimers()
    }
  })

  it('marks its attempt open while it shows it, and removes the mark when it goes', () => {
    const storage = memory()
    const wrapper = render(storage, '?seed=7')
    const marks = (): string[] => [...storage.data.entries()].filter(([k]) => k.includes(':open:')).map(([, v]) => (JSON.parse(v) as { seed: string }).seed)
    expect(marks()).toEqual(['7'])
    wrapper.unmount()
    expect(marks()).toEqual([])
  })

  it.each([
    [false, 'This browser does not let the page save your answers'],
    [true, 'This browser\'s storage for this site is full, so the page cannot save your answers'],
  ])('says it cannot save, and why (storage full: %s)', (full, words) => {
    const storage = { ...memory(), setItem: () => {
      (globalThis as Record<string, unknown>)[STORAGE_FULL_FLAG] = full
      throw new Error('refused')
    } }
    try {
      expect(render(storage).find('[role="status"]').text()).toContain(words)
    }
    finally {
      delete (globalThis as Record<string, unknown>)[STORAGE_FULL_FLAG]
    }
  })
})
