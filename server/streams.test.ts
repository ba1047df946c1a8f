import type { ServerResponse } from 'node:http'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StateStreams, studentGroup } from './streams'

/** A response that keeps what was written to it. */
function fakeResponse(): ServerResponse & { written: string[] } {
  const res = Object.assign(new EventEmitter(), {
    written: [] as string[],
    writableNeedDrain: false,
    destroyed: false,
    writeHead: () => res,
    write: (chunk: string) => {
      res.written.push(chunk)
      return true
    },
    end: () => {
      res.destroyed = true
      res.emit('close')
    },
  })
  return res as unknown as ServerResponse & { written: string[] }
}

describe('stateStreams', () => {
  let streams: StateStreams
  beforeEach(() => {
    vi.useFakeTimers()
    streams = new StateStreams({ intervalMs: 100, heartbeatMs: 60_000 })
  })
  afterEach(() => {
    streams.closeAll()
    vi.useRealTimers()
  })

  it('after an answer, renders only that student\'s phones and the projector, not the rest of the class', () => {
    let version = 0
    const renders = new Map<string, number>()
    const counted = (name: string) => () => {
      renders.set(name, (renders.get(name) ?? 0) + 1)
      return JSON.stringify({ name, version })
    }
    for (const id of ['a', 'b', 'c'])
      streams.open(fakeResponse(), { render: counted(id), group: studentGroup(id), maxPerGroup: 3 })
    streams.open(fakeResponse(), { render: counted('projector'), group: 'projector:127.0.0.1', maxPerGroup: 8, shared: true })
    renders.clear()

    version += 1
    streams.changed([studentGroup('b')])
    vi.advanceTimersByTime(100)
    expect(Object.fromEntries(renders)).toEqual({ b: 1, projector: 1 })

    renders.clear()
    streams.changed()
    vi.advanceTimersByTime(100)
    expect(Object.fromEntries(renders)).toEqual({ a: 1, b: 1, c: 1, projector: 1 })
  })

  it('sends a phone its new snapshot when the change names it, and nothing when its snapshot is the same', () => {
    let answer = 'none'
    const phone = fakeResponse()
    streams.open(phone, { render: () => JSON.stringify({ answer }), group: studentGroup('a'), maxPerGroup: 3 })
    expect(phone.written.at(-1)).toContain('{"answer":"none"}')
    answer = 'baidu'
    streams.changed([studentGroup('a')])
    vi.advanceTimersByTime(100)
    expect(phone.written.at(-1)).toContain('{"answer":"baidu"}')
    const sent = phone.written.length
    streams.changed([studentGroup('a')])
    vi.advanceTimersByTime(100)
    expect(phone.written).toHaveLength(sent)
  })

  it('ends the oldest of a student\'s streams past the limit, and a group\'s streams when it is ended', () => {
    const tabs = [fakeResponse(), fakeResponse(), fakeResponse()]
    for (const tab of tabs)
      streams.open(tab, { render: () => '{}', group: studentGroup('a'), maxPerGroup: 2 })
    expect(tabs.map(t => t.destroyed)).toEqual([true, false, false])
    expect(streams.size).toBe(2)
    streams.endGroup(studentGroup('a'))
    expect(tabs.map(t => t.destroyed)).toEqual([true, true, true])
    expect(streams.size).toBe(0)
  })
})
