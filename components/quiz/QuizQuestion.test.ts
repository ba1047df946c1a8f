// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import type { Question, QuizResponse } from '../../quiz/types'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { feedbackView } from '../../quiz/feedback'
import { ANSWER_LIMITS } from '../../quiz/limits'
import { fromShownResponse, showQuestion } from '../../quiz/present'
import { fixtures } from '../../test/fixtures/questions'
import QuizQuestion from './QuizQuestion.vue'

/** Mounts a question with its v-model and "check" wired up as a runner would: grading it here, as the self-paced quiz does. */
function render(question: Question) {
  const wrapper: VueWrapper = mount(QuizQuestion, {
    attachTo: document.body,
    props: {
      'question': showQuestion(question, 's'),
      'deckBase': '/lesson/',
      'response': undefined as QuizResponse | undefined,
      'checked': false,
      'onUpdate:response': (response: QuizResponse | undefined) => wrapper.setProps({ response }),
      'onCheck': (response: QuizResponse) => wrapper.setProps({ response, checked: true, feedback: feedbackView(question, fromShownResponse(question, 's', response)) }),
    },
  })
  return wrapper
}

function labelled(wrapper: VueWrapper, text: string) {
  const label = wrapper.findAll('label').find(l => l.text() === text)
  if (!label)
    throw new Error(`no label "${text}"`)
  return label.find('input').exists() ? label.find('input') : wrapper.find(`#${CSS.escape(label.attributes('for')!)}`)
}

async function check(wrapper: VueWrapper): Promise<void> {
  await wrapper.find('form').trigger('submit')
}

function verdict(wrapper: VueWrapper): string {
  return wrapper.find('.quiz-verdict').text()
}

describe('quizQuestion', () => {
  it('puts the prompt in the legend of a fieldset', () => {
    const wrapper = render(fixtures.single)
    expect(wrapper.find('fieldset > legend').text()).toBe('Who beat Google in China?')
  })

  it('answers a single-choice question with a radio button and says it is right, with the points and a link to the slide', async () => {
    const wrapper = render(fixtures.single)
    expect(wrapper.findAll('input[type="radio"]').map(r => r.element.parentElement?.textContent?.trim())).toEqual(['Baidu', 'Yahoo', 'Sohu'])
    await labelled(wrapper, 'Baidu').setValue(true)
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Correct: You earned 1 of 1 point.')
    expect(wrapper.find('.quiz-feedback').text()).toContain('Baidu.')
    const link = wrapper.find('.quiz-feedback a')
    expect(link.attributes('href')).toBe('/lesson/internet-era')
    expect(link.text()).toBe('Revisit the slide “The internet era: local winners”')
    expect(wrapper.find('fieldset').attributes('disabled')).toBeDefined()
  })

  it('says a wrong single choice is incorrect, gives the option\'s feedback and the right answer', async () => {
    const wrapper = render(fixtures.single)
    await labelled(wrapper, 'Yahoo').trigger('change')
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Incorrect: You earned 0 of 1 point.')
    expect(wrapper.find('.quiz-feedback').text()).toContain('Yahoo is American.')
    expect(wrapper.find('.quiz-feedback').text()).toContain('Right answer: Baidu')
    expect(wrapper.find('.quiz-result-icon.wrong').attributes('aria-hidden')).toBe('true')
  })

  it('gives partial credit for multiple answers chosen with checkboxes', async () => {
    const wrapper = render(fixtures.multiple)
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(5)
    await labelled(wrapper, 'WeChat').setValue(true)
    await labelled(wrapper, 'Xiaomi').setValue(true)
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Partly correct: You earned 2 of 3 points.')
  })

  it('tells the student how many right options they chose, and how many wrong, with each chosen option\'s feedback', async () => {
    const wrapper = render(fixtures.multiple)
    for (const option of ['WeChat', 'Xiaomi', 'Taobao'])
      await labelled(wrapper, option).setValue(true)
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Partly correct: You earned 1 of 3 points.')
    const notes = wrapper.findAll('.quiz-own-feedback li').map(li => li.text())
    expect(notes).toEqual(['Yes, 2011.', 'A local winner.', '2 of 3 right options chosen, 1 wrong'])
  })

  it('answers true or false', async () => {
    const wrapper = render(fixtures.trueFalse)
    expect(wrapper.findAll('label').map(l => l.text())).toEqual(['True', 'False'])
    await labelled(wrapper, 'False').trigger('change')
    await check(wrapper)
    expect(verdict(wrapper)).toContain('Incorrect')
    expect(wrapper.find('.quiz-feedback').text()).toContain('No: about 57% vs 7.7%.')
  })

  it('matches with one labelled select per item', async () => {
    const wrapper = render(fixtures.matching)
    const selects = wrapper.findAll('select')
    expect(selects).toHaveLength(4)
    expect(selects[0]!.findAll('option').map(o => o.text()).sort()).toEqual(['Baidu', 'Choose…', 'QQ', 'Qihoo 360', 'Taobao'])
    for (const pair of fixtures.matching.pairs) {
      const select = labelled(wrapper, pair.left)
      await select.setValue(select.findAll('option').find(o => o.text() === pair.right)!.element.value)
    }
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Correct: You earned 2 of 2 points.')
  })

  it('asks for an answer before checking when an item is left unmatched', async () => {
    const wrapper = render(fixtures.matching)
    const google = labelled(wrapper, 'Google')
    await google.setValue(google.findAll('option').find(o => o.text() === 'Baidu')!.element.value)
    await check(wrapper)
    expect(wrapper.find('[role="alert"]').text()).toBe('Answer the question first, then check it.')
    expect(wrapper.find('.quiz-verdict').exists()).toBe(false)
  })

  it('orders with move-up and move-down buttons, announcing each move', async () => {
    const wrapper = render(fixtures.ordering)
    const texts = () => wrapper.findAll('.quiz-order-text').map(t => t.text())
    expect(texts()).toEqual(['Ctrip – Qunar', 'Youku – Tudou', 'Didi – Uber China', 'Didi – Kuaidi', 'Extra'])
    expect(wrapper.find('button[aria-label="Move up: Ctrip – Qunar"]').attributes('disabled')).toBeDefined()
    await wrapper.find('button[aria-label="Move up: Youku – Tudou"]').trigger('click')
    expect(texts()[0]).toBe('Youku – Tudou')
    expect(wrapper.find('.visually-hidden[role="status"]').text()).toBe('"Youku – Tudou" moved to position 1 of 5.')
    await wrapper.find('button[aria-label="Move up: Didi – Kuaidi"]').trigger('click')
    await wrapper.find('button[aria-label="Move up: Didi – Kuaidi"]').trigger('click')
    expect(texts()).toEqual(['Youku – Tudou', 'Didi – Kuaidi', 'Ctrip – Qunar', 'Didi – Uber China', 'Extra'])
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Correct: You earned 4 of 4 points.')
  })

  it('checks an ordering left as shown, and says how many neighbouring pairs are in the right order', async () => {
    const wrapper = render(fixtures.ordering)
    await check(wrapper)
    // Shown c, a, d, b, e against the right a, b, c, d, e: a before b, c before d, d before e hold; b before c does not.
    expect(verdict(wrapper)).toBe('Partly correct: You earned 3 of 4 points.')
    expect(wrapper.findAll('.quiz-own-feedback li').map(li => li.text())).toEqual(['3 of 4 neighbouring pairs in the right order'])
  })

  // Enter in the text box submits the form in a browser (implicit submission); happy-dom does not
  // do that, so test/quiz-people.test.ts checks it in Chromium.
  it('takes a typed short answer and checks it', async () => {
    const wrapper = render(fixtures.short)
    const input = labelled(wrapper, 'Your answer')
    await input.setValue('Demographic dividend')
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Correct: You earned 1 of 1 point.')
    expect(wrapper.find('.quiz-feedback').text()).toContain('Yes.')
    expect(wrapper.find('.quiz-feedback').text()).not.toContain('Right answer')
  })

  it('says so when a written answer reaches its limit, and keeps no more', async () => {
    const wrapper = render(fixtures.open)
    const box = labelled(wrapper, 'Your answer')
    const limit = wrapper.find(`#${CSS.escape(box.attributes('aria-describedby')!)}`)
    await box.setValue('x'.repeat(ANSWER_LIMITS.openAnswer - 1))
    expect(limit.text()).toBe('')
    await box.setValue('x'.repeat(ANSWER_LIMITS.openAnswer + 5))
    expect(limit.attributes('role')).toBe('status')
    expect(limit.text()).toBe('That is the limit: 2,000 characters. Anything more is not kept.')
  })

  it('takes a number typed key by key with a comma, on the phone\'s number keyboard, and checks it', async () => {
    const wrapper = render(fixtures.numeric)
    const input = labelled(wrapper, 'Your answer (%)')
    expect(input.attributes('inputmode')).toBe('decimal')
    // One input event per key, as a person types: the box must keep every character.
    for (const key of '67,3') {
      const element = input.element as HTMLInputElement
      element.value += key
      await input.trigger('input')
    }
    expect((input.element as HTMLInputElement).value).toBe('67,3')
    expect(wrapper.find('.quiz-not-a-number').exists()).toBe(false)
    await check(wrapper)
    expect(verdict(wrapper)).toBe('Correct: You earned 1 of 1 point.')
    expect(wrapper.find('.quiz-feedback').text()).toContain('Yes: about two-thirds.')
  })

  it('says in words when the text is not a number yet, and will not check it', async () => {
    const wrapper = render(fixtures.numeric)
    const input = labelled(wrapper, 'Your answer (%)')
    await input.setValue('about 60')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('.quiz-not-a-number').text()).toBe('That is not a number yet: type digits, with a point or a comma for decimals.')
    await check(wrapper)
    expect(wrapper.find('.quiz-verdict').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').text()).toBe('Answer the question first, then check it.')
  })
})
