// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import type { QuizProgress } from '../../quiz/progress'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { emptyProgress } from '../../quiz/progress'
import { shuffleBank } from '../../quiz/shuffle'
import { fixtures } from '../../test/fixtures/questions'
import QuizRunner from './QuizRunner.vue'

const bank = [fixtures.single, fixtures.trueFalse, fixtures.short]

function render(progress: QuizProgress) {
  const events: string[] = []
  const wrapper: VueWrapper = mount(QuizRunner, {
    attachTo: document.body,
    props: {
      'bank': bank,
      'progress': progress,
      'onUpdate:progress': (p: QuizProgress) => wrapper.setProps({ progress: p }),
      'onTryAgain': () => events.push('try-again'),
      'onStartOver': () => events.push('start-over'),
    },
  })
  return { wrapper, events, progress: () => (wrapper.props() as { progress: QuizProgress }).progress }
}

function button(wrapper: VueWrapper, name: string) {
  const found = wrapper.findAll('button').find(b => b.text().includes(name))
  if (!found)
    throw new Error(`no button "${name}"`)
  return found
}

describe('quizRunner', () => {
  it('shows where the student is, in words and as a progress bar', () => {
    const { wrapper } = render(emptyProgress('s'))
    expect(wrapper.find('h2').text()).toBe('Question 1 of 3')
    const bar = wrapper.find('progress')
    expect([bar.attributes('value'), bar.attributes('max')]).toEqual(['1', '3'])
    expect(button(wrapper, 'Previous').attributes('disabled')).toBeDefined()
  })

  it('shows the questions in the order of the seed and moves with Next and Previous', async () => {
    const order = shuffleBank(bank, 's').map(q => q.prompt)
    const { wrapper, progress } = render(emptyProgress('s'))
    expect(wrapper.find('legend').text()).toBe(order[0])
    await button(wrapper, 'Next').trigger('click')
    expect(wrapper.find('h2').text()).toBe('Question 2 of 3')
    expect(wrapper.find('legend').text()).toBe(order[1])
    expect(progress().current).toBe(1)
    await button(wrapper, 'Previous').trigger('click')
    expect(progress().current).toBe(0)
  })

  it('records an answer and its check together', async () => {
    const { wrapper, progress } = render({ ...emptyProgress('s'), current: shuffleBank(bank, 's').findIndex(q => q.id === 'fx-true-false') })
    await wrapper.findAll('input[type="radio"]')[0]!.trigger('change')
    await wrapper.find('form').trigger('submit')
    expect(progress().responses).toEqual({ 'fx-true-false': { kind: 'true-false', value: true } })
    expect(progress().checked).toEqual(['fx-true-false'])
    expect(wrapper.text()).toContain('1 checked')
  })

  it('shows the results: total, score per part, and the missed questions to review', async () => {
    const { wrapper, events } = render({
      ...emptyProgress('s'),
      responses: { 'fx-single': { kind: 'single', optionId: 'baidu' }, 'fx-true-false': { kind: 'true-false', value: false } },
      checked: ['fx-single', 'fx-true-false'],
      finished: true,
    })
    expect(wrapper.find('h2').text()).toBe('Your results')
    expect(wrapper.text()).toContain('You scored 1 of 3 points (33.3%)')
    expect(wrapper.findAll('tbody th').map(th => th.text())).toEqual(['Part 1', 'Part 3'])
    expect(wrapper.findAll('tbody tr').map(tr => tr.findAll('td').map(td => td.text()))).toEqual([['1 of 2', '50%'], ['0 of 1', '0%']])
    const missed = wrapper.findAll('.quiz-review > li')
    expect(missed).toHaveLength(2)
    expect(missed.map(li => li.find('.quiz-verdict strong').text()).sort()).toEqual([expect.stringMatching(/Incorrect$/), expect.stringMatching(/Not answered$/)])
    await button(wrapper, 'Try again').trigger('click')
    expect(events).toEqual(['try-again'])
  })

  it('asks before starting over', async () => {
    const { wrapper, events } = render(emptyProgress('s'))
    await button(wrapper, 'Start over').trigger('click')
    expect(events).toEqual([])
    expect(wrapper.find('[role="group"]').text()).toContain('All your answers will be cleared.')
    await button(wrapper, 'Yes, clear my answers').trigger('click')
    expect(events).toEqual(['start-over'])
  })

  it('goes to the results after the last question', async () => {
    const { wrapper, progress } = render({ ...emptyProgress('s'), current: 2 })
    await button(wrapper, 'See my results').trigger('click')
    expect(progress().finished).toBe(true)
    expect(wrapper.find('h2').text()).toBe('Your results')
  })
})
