// @vitest-environment happy-dom
import type { ProgressStorage } from './quiz-storage'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../../quiz/test-fixtures'
import { emptyProgress, serializeProgress, STORAGE_KEY } from './quiz-storage'
import QuizPage from './QuizPage.vue'

const bank = [fixtures.single, fixtures.trueFalse, fixtures.short]

function memory(saved?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(saved === undefined ? [] : [[STORAGE_KEY, saved]])
  return {
    data,
    getItem: key => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: key => void data.delete(key),
  }
}

function render(storage: ProgressStorage, search = '') {
  return mount(QuizPage, { attachTo: document.body, props: { bank, storage, search, random: () => 0.5, now: () => new Date('2026-03-02T08:00:00Z') } })
}

describe('quizPage', () => {
  it('is a main landmark with a level-one heading and a labelled name field', () => {
    const wrapper = render(memory())
    expect(wrapper.find('main h1').text()).toBe('Comprehension quiz')
    const input = wrapper.find('#quiz-student-name')
    expect(wrapper.find('label[for="quiz-student-name"]').text()).toContain('Your name')
    expect(input.attributes('type')).toBe('text')
  })

  it('chooses a seed once and saves it at once, so a reload keeps the order', () => {
    const storage = memory()
    render(storage)
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!) as { seed: string }
    expect(saved.seed).toBe('iiiiii')
  })

  it('saves after every answer and resumes from what was saved', async () => {
    const storage = memory()
    const wrapper = render(storage, '?seed=7')
    await wrapper.findAll('input[type="radio"]')[0]!.trigger('change')
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!) as { responses: object }
    expect(Object.keys(saved.responses)).toHaveLength(1)
    const again = render(storage, '?seed=7')
    expect((again.findAll('input[type="radio"]')[0]!.element as HTMLInputElement).checked).toBe(true)
  })

  it.each([
    ['bad JSON', '{"version":'],
    ['the wrong shape', '{"hello":"world"}'],
    ['an old version', JSON.stringify({ ...JSON.parse(serializeProgress(bank, emptyProgress('x'))), version: 0 })],
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
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toMatchObject({ seed: 'x', responses: {}, checked: [] })
    expect(wrapper.find('[role="status"]').text()).toContain('Your answers were cleared.')
  })
})
