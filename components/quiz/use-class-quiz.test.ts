// @vitest-environment happy-dom
// The class quiz on the student's device, against a server the test answers by hand: answers given
// while another is on its way go in the same round; a page waiting for its feedback keeps its screen
// through a lost connection and asks again as soon as the connection is back.
import type { ClassQuiz } from '../../quiz/live/quiz-protocol'
import type { ClassQuizStorage } from './use-class-quiz'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { showQuestion } from '../../quiz/present'
import { fixtures } from '../../test/fixtures/questions'
import { LIVE_STORAGE_KEYS } from '../live/live-view'
import { useClassQuiz } from './use-class-quiz'

const you = { studentId: 's1', token: 'tok', nickname: 'Li', number: 1 }
const quiz: ClassQuiz = {
  questions: [showQuestion(fixtures.single, 'x'), showQuestion(fixtures.trueFalse, 'x')],
  answers: {},
  feedback: 'after-hand-in',
  you: { studentId: you.studentId, nickname: you.nickname, number: you.number },
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
}

/** A server whose answer replies wait until the test lets them go; it records what it was sent. */
function heldServer() {
  const sent: string[] = []
  const held: (() => void)[] = []
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    if (url.endsWith('/api/me'))
      return json(you)
    if (url.endsWith('/api/quiz'))
      return json(quiz)
    if (url.endsWith('/api/quiz/answer')) {
      const { questionId } = JSON.parse(String(init.body)) as { questionId: string }
      sent.push(questionId)
      await new Promise<void>(resolve => held.push(resolve))
      return json({ saved: true, questionId })
    }
    return new Response('not found', { status: 404 })
  })
  return { fetch, sent, release: () => held.splice(0).forEach(go => go()) }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useClassQuiz', () => {
  it('sends an answer given while another was on its way as soon as that one is saved, without waiting for a retry', async () => {
    const server = heldServer()
    vi.stubGlobal('fetch', server.fetch)
    const data = new Map<string, string>([[LIVE_STORAGE_KEYS.token, you.token]])
    const storage: ClassQuizStorage = { getItem: k => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: k => void data.delete(k) }
    let page!: ReturnType<typeof useClassQuiz>
    // Retries an hour apart: only the round in progress can send the second answer.
    const wrapper = mount(defineComponent({
      setup() {
        page = useClassQuiz({ storage, retryMs: 3_600_000 })
        return () => null
      },
    }))
    await vi.waitFor(() => expect(page.screen.value).toBe('quiz'))
    page.answer(fixtures.single.id, { kind: 'single', optionId: 'o1' })
    await vi.waitFor(() => expect(server.sent).toEqual([fixtures.single.id]), { timeout: 5000 })
    page.answer(fixtures.trueFalse.id, { kind: 'true-false', value: true })
    // The second answer's own send (600 ms after it) comes while the first is still on its way.
    await new Promise(resolve => setTimeout(resolve, 1000))
    expect(server.sent).toEqual([fixtures.single.id])
    server.release()
    await vi.waitFor(() => expect(server.sent).toEqual([fixtures.single.id, fixtures.trueFalse.id]), { timeout: 5000 })
    server.release()
    await vi.waitFor(() => expect(page.kept.value.unsent).toEqual([]), { timeout: 5000 })
    wrapper.unmount()
  })

  it('stays on the handed-in quiz while the network is gone, says so, and shows the feedback once it is back', async () => {
    const handedIn: ClassQuiz = { ...quiz, feedback: 'on-release', handedInAt: '2026-12-05T09:30:00.000Z' }
    const results = { score: 1, max: 2, toMark: 0, questions: {} }
    let network = true
    let released = false
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (!network)
        throw new TypeError('Failed to fetch')
      if (url.endsWith('/api/me'))
        return json(you)
      if (url.endsWith('/api/quiz'))
        return json(released ? { ...handedIn, results } : handedIn)
      return new Response('not found', { status: 404 })
    }))
    const data = new Map<string, string>([[LIVE_STORAGE_KEYS.token, you.token]])
    const storage: ClassQuizStorage = { getItem: k => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: k => void data.delete(k) }
    let page!: ReturnType<typeof useClassQuiz>
    // The feedback is asked for every 50 ms; the network comes back long before the next hour's ask.
    const wrapper = mount(defineComponent({
      setup() {
        page = useClassQuiz({ storage, retryMs: 3_600_000, resultsMs: 50 })
        return () => null
      },
    }))
    await vi.waitFor(() => expect(page.handedIn.value).toBe(true))
    network = false
    await vi.waitFor(() => expect(page.offline.value).toBe(true), { timeout: 5000 })
    expect(page.screen.value).toBe('quiz')
    expect(page.waiting.value).toBe('No connection just now: your quiz is handed in, and your feedback shows when it is back.')
    released = true
    network = true
    await vi.waitFor(() => expect(page.quiz.value?.results).toEqual(results), { timeout: 5000 })
    expect(page.offline.value).toBe(false)
    expect(page.screen.value).toBe('quiz')
    wrapper.unmount()
  })

  it('asks for the feedback as soon as the network is back, without waiting for the next ask', async () => {
    const handedIn: ClassQuiz = { ...quiz, feedback: 'on-release', handedInAt: '2026-12-05T09:30:00.000Z' }
    let asked = 0
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      if (url.endsWith('/api/me'))
        return json(you)
      if (url.endsWith('/api/quiz')) {
        asked += 1
        return json(handedIn)
      }
      return new Response('not found', { status: 404 })
    }))
    const data = new Map<string, string>([[LIVE_STORAGE_KEYS.token, you.token]])
    const storage: ClassQuizStorage = { getItem: k => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: k => void data.delete(k) }
    let page!: ReturnType<typeof useClassQuiz>
    const wrapper = mount(defineComponent({
      setup() {
        page = useClassQuiz({ storage, retryMs: 3_600_000, resultsMs: 3_600_000 })
        return () => null
      },
    }))
    await vi.waitFor(() => expect(page.handedIn.value).toBe(true))
    expect(asked).toBe(1)
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(asked).toBe(2), { timeout: 5000 })
    wrapper.unmount()
  })
})
