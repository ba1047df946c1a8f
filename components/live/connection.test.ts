// @vitest-environment happy-dom
// A frozen classroom server keeps the socket open and says nothing: the projector must not go on
// showing "Open: answer on your phone" with frozen counts. The stream counts silence as a lost
// connection and starts again; the board says the connection is lost.
import type { StreamStatus } from './live-client'
import { mount } from '@vue/test-utils'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { publicQuestion } from '../../quiz/live/protocol'
import { fixtures } from '../../test/fixtures/questions'
import { openStateStream } from './live-client'
import LiveBoard from './LiveBoard.vue'

/** An EventSource that the test drives: it opens, delivers what the test sends, and can go silent. */
class FakeEventSource {
  static readonly CLOSED = 2
  static made: FakeEventSource[] = []
  readyState = 0
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>()
  constructor(readonly url: string) {
    FakeEventSource.made.push(this)
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  emit(type: string, data = '{}'): void {
    for (const listener of this.listeners.get(type) ?? [])
      listener(new MessageEvent(type, { data }))
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED
  }
}

describe('a state stream', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeEventSource.made = []
    vi.stubGlobal('EventSource', FakeEventSource)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('takes 40 s of silence as a lost connection and opens the stream again; the server\'s beats keep it open', () => {
    const statuses: StreamStatus[] = []
    const stream = openStateStream('projector/events', v.unknown(), () => {}, status => statuses.push(status))
    const first = FakeEventSource.made[0]!
    first.emit('open')
    // The server's beat every 15 s: the stream stays as it is.
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(15_000)
      first.emit('alive')
    }
    expect(FakeEventSource.made).toHaveLength(1)
    expect(statuses.at(-1)).toBe('open')
    // A frozen server: nothing more arrives.
    vi.advanceTimersByTime(50_000)
    expect(first.readyState).toBe(FakeEventSource.CLOSED)
    expect(FakeEventSource.made.length).toBeGreaterThan(1)
    expect(statuses.at(-1)).toBe('connecting')
    stream.close()
  })
})

describe('the projector\'s board', () => {
  it('says the connection is lost, in words, instead of the question\'s phase', () => {
    const question = publicQuestion(fixtures.single as Parameters<typeof publicQuestion>[0])
    const props = { question, counts: { baidu: 3 }, answered: 3, joined: 5, phase: 'open' as const }
    expect(mount(LiveBoard, { props }).text()).toContain('Open: answer on your phone')
    const lost = mount(LiveBoard, { props: { ...props, lost: true } }).text()
    expect(lost).toContain('Connection lost: reconnecting… These counts may be out of date.')
    expect(lost).not.toContain('Open: answer on your phone')
  })
})
