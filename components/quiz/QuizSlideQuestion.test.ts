import type { LiveQuestion } from '../../quiz/live/protocol'
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { isLocalAddress, quizUrl, siteUrlProblem } from '../../config/site'
import { questionById } from '../../quiz/bank'
import { publicQuestion } from '../../quiz/live/protocol'
import { SLIDEV_CONTEXT_KEY } from '../slidev'
import QuizLink from './QuizLink.vue'
import QuizSlideQuestion from './QuizSlideQuestion.vue'

// Slidev registers v-click globally; outside Slidev a stub stands in, recording the elements it was put on.
const clicked: string[] = []
const click = { mounted: (el: Element) => clicked.push(el.className) }

function render(props: { questionId: string, number?: number, worksheet?: boolean }, printing = false) {
  clicked.length = 0
  return mount(QuizSlideQuestion, {
    props,
    global: {
      directives: { click },
      provide: { [SLIDEV_CONTEXT_KEY]: reactive({ nav: { isPrintMode: printing } }) },
    },
  })
}

describe('quizSlideQuestion', () => {
  const inke = questionById('practice-inke')!

  it('shows the prompt and every option with a letter, and the answer on the next click', () => {
    const wrapper = render({ questionId: 'practice-inke', number: 2 })
    expect(wrapper.find('.number').text()).toBe('Question 2')
    expect(wrapper.find('.prompt').text()).toBe(inke.prompt)
    const options = wrapper.findAll('.options li').map(li => li.text())
    expect(options.map(o => o[0])).toEqual(['A', 'B', 'C', 'D'])
    // The lesson's order: the letters the projector and the phones use too.
    expect(options.map(o => o.slice(1))).toEqual(publicQuestion(inke as LiveQuestion).options.map(o => o.text))
    const answer = wrapper.find('.answer')
    const inkeLetter = options.find(o => o.endsWith('Inke'))![0]
    expect(answer.text()).toBe(`Answer: ${inkeLetter}`)
    expect(clicked).toEqual(['answer'])
  })

  it.each([
    ['in print and PDF export', { questionId: 'practice-inke' }, true],
    ['when asked for a worksheet', { questionId: 'practice-inke', worksheet: true }, false],
  ])('is a worksheet with no answer %s', (_, props, printing) => {
    const wrapper = render(props, printing)
    expect(wrapper.findAll('.options li')).toHaveLength(4)
    expect(wrapper.find('.answer').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Answer:')
  })

  it('numbers the items of a matching question and leaves a line to write on in a worksheet', () => {
    const wrapper = render({ questionId: 'p1-us-china-rivals' }, true)
    expect(wrapper.findAll('.items li').map(li => li.text()[0])).toEqual(['1', '2', '3', '4'])
    expect(wrapper.find('.write-in').exists()).toBe(true)
  })

  it('says so on the slide when the id is not in the bank', () => {
    const wrapper = render({ questionId: 'no-such-question' })
    expect(wrapper.find('[role="alert"]').text()).toBe('No question "no-such-question" in quiz/bank.ts.')
  })
})

describe('quizUrl', () => {
  it.each([
    ['https://example.school/lesson/', 'http://x/', 'https://example.school/lesson/quiz'],
    ['https://example.school/lesson', 'http://x/', 'https://example.school/lesson/quiz'],
    ['', 'http://192.168.1.20:4173/', 'http://192.168.1.20:4173/quiz'],
    ['  ', 'http://localhost:3030/deck/', 'http://localhost:3030/deck/quiz'],
  ])('builds the quiz address from %j (fallback %s)', (site, fallback, expected) => {
    expect(quizUrl(site, fallback)).toBe(expected)
  })
})

describe('quizLink', () => {
  it('shows the quiz address as a link and as a QR code named by the address', () => {
    const wrapper = mount(QuizLink, { props: { siteUrl: 'https://example.school/lesson/' } })
    const link = wrapper.find('a')
    expect([link.attributes('href'), link.text()]).toEqual(['https://example.school/lesson/quiz', 'https://example.school/lesson/quiz'])
    const svg = wrapper.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('QR code for https://example.school/lesson/quiz')
    expect(svg.find('path').attributes('d')).toMatch(/^M4 4h1v1h-1z/)
    expect(wrapper.find('[role="note"]').exists()).toBe(false)
  })

  it('shows no address or QR code when the only address known works on this computer alone, and tells the teacher', () => {
    expect(location.hostname).toBe('localhost')
    const wrapper = mount(QuizLink, { props: { siteUrl: '' } })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.text()).toContain('Open /quiz on the lesson\'s website.')
    expect(wrapper.text()).toContain('Your teacher will give you the address.')
    const note = wrapper.find('[role="note"]')
    expect(note.text()).toContain('only this computer reaches')
    expect(note.text()).toContain('config/site.ts')
  })

  it('never prints the note meant for the teacher', () => {
    const wrapper = mount(QuizLink, {
      props: { siteUrl: '' },
      global: { provide: { [SLIDEV_CONTEXT_KEY]: { nav: { isPrintMode: true } } } },
    })
    expect(wrapper.text()).toContain('Your teacher will give you the address.')
    expect(wrapper.find('[role="note"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('localhost')
  })
})

describe('isLocalAddress', () => {
  it.each([
    ['http://localhost:3030/quiz', true],
    ['http://127.0.0.1:4173/quiz', true],
    ['http://[::1]:4173/quiz', true],
    ['http://192.168.1.20:4173/quiz', false],
    ['https://example.school/lesson/quiz', false],
  ])('%s is local: %s', (url, expected) => {
    expect(isLocalAddress(url)).toBe(expected)
  })
})

describe('siteUrlProblem', () => {
  it.each([
    ['https://example.school/lesson/', undefined],
    ['http://192.168.1.20:3000/', undefined],
    ['example.school/lesson', 'is not a web address'],
    ['ftp://example.school/', 'must start with http'],
    ['http://localhost:3030/', 'only works on this computer'],
  ])('%s: %s', (url, problem) => {
    const found = siteUrlProblem(url)
    if (problem === undefined)
      expect(found).toBeUndefined()
    else
      expect(found).toContain(problem)
  })
})
