// Server-sent event streams: one per open page, each sent the whole state it shows (a snapshot,
// never a diff), so a page that reconnects is right at once. Changes are coalesced: a burst of
// 500 answers sends each stream at most one snapshot per interval, and only if what that stream
// shows has changed. A change names the groups it concerns (an answer: its student's phones), so a
// tick renders those and the shared streams (the projector's), not every phone in the class: the
// cost of an answer does not grow with the class.
import type { ServerResponse } from 'node:http'
import { ALIVE_EVENT, STATE_EVENT } from '../quiz/live/protocol'

/** How streams are paced. */
export interface StreamOptions {
  /** At most one snapshot per stream in this many milliseconds. */
  readonly intervalMs: number
  /** A comment line this often keeps proxies and phones from dropping an idle stream. */
  readonly heartbeatMs: number
}

/** The snapshot a stream shows now, as JSON, or undefined if it has nothing to show. */
export type Render = () => string | undefined

interface Stream {
  readonly res: ServerResponse
  readonly render: Render
  readonly group: string
  readonly shared: boolean
  last: string | undefined
}

/** How a stream is opened: what it shows, the group it belongs to and how many a group may hold. */
export interface StreamSpec {
  readonly render: Render
  /** A student (`student:<id>`) or an address (`projector:<ip>`): a change can name it. */
  readonly group: string
  /** At most this many streams per group: a new one ends the oldest. */
  readonly maxPerGroup: number
  /** Shows the whole class (the projector): rendered after every change, whatever it names. */
  readonly shared?: boolean
}

/** The headers of an event stream: never cached or buffered on the way. */
export const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'connection': 'keep-alive',
  'x-accel-buffering': 'no',
  'x-content-type-options': 'nosniff',
} as const

/** The group of a student's streams (their phone, a reloaded tab). */
export function studentGroup(studentId: string): string {
  return `student:${studentId}`
}

/** How long a browser waits before reconnecting a dropped stream, in milliseconds. */
const RETRY_MS = 2000

/** Every open event stream, and when to send them what. */
export class StateStreams {
  private readonly streams = new Set<Stream>()
  /** The open streams of each group, oldest first. */
  private readonly groups = new Map<string, Stream[]>()
  private readonly shared = new Set<Stream>()
  /** The groups changed since the last tick, or every stream. */
  private dirty: Set<string> | 'all' = new Set()
  private timer: NodeJS.Timeout | undefined
  private lastTick = Number.NEGATIVE_INFINITY
  private readonly heartbeat: NodeJS.Timeout

  constructor(private readonly options: StreamOptions) {
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs)
    this.heartbeat.unref()
  }

  /** Open streams. */
  get size(): number {
    return this.streams.size
  }

  /**
   * Starts a stream on a response no one else writes to, sends its snapshot at once, and keeps
   * it until the client goes. At most `maxPerGroup` streams per group (a student, an address):
   * a new one ends the oldest, so a page that reconnects in a loop cannot pile them up.
   */
  open(res: ServerResponse, { render, group, maxPerGroup, shared = false }: StreamSpec): void {
    res.writeHead(200, STREAM_HEADERS)
    res.write(`retry: ${RETRY_MS}\n\n`)
    const stream: Stream = { res, render, group, shared, last: undefined }
    const same = this.groups.get(group) ?? []
    for (const old of same.slice(0, Math.max(0, same.length - maxPerGroup + 1)))
      this.end(old)
    this.streams.add(stream)
    this.groups.set(group, [...(this.groups.get(group) ?? []), stream])
    if (shared)
      this.shared.add(stream)
    res.on('close', () => this.forget(stream))
    res.on('drain', () => this.changed([group]))
    this.send(stream)
  }

  /**
   * Something changed: the streams of the groups named (every stream, if none are named) and the
   * shared streams get their new snapshot within one interval.
   */
  changed(groups?: Iterable<string>): void {
    if (groups === undefined) {
      this.dirty = 'all'
    }
    else if (this.dirty !== 'all') {
      for (const group of groups)
        this.dirty.add(group)
    }
    if (this.timer)
      return
    const wait = Math.max(0, this.lastTick + this.options.intervalMs - performance.now())
    this.timer = setTimeout(() => this.tick(), wait)
  }

  private tick(): void {
    this.timer = undefined
    this.lastTick = performance.now()
    const dirty = this.dirty
    this.dirty = new Set()
    if (dirty === 'all') {
      for (const stream of this.streams)
        this.send(stream)
      return
    }
    for (const stream of this.shared)
      this.send(stream)
    for (const group of dirty) {
      for (const stream of this.groups.get(group) ?? []) {
        if (!stream.shared)
          this.send(stream)
      }
    }
  }

  private send(stream: Stream): void {
    // A slow phone: skip it now; 'drain' brings it the newest snapshot, not a backlog.
    if (stream.res.writableNeedDrain || stream.res.destroyed)
      return
    const json = stream.render()
    if (json === undefined || json === stream.last)
      return
    stream.last = json
    stream.res.write(`event: ${STATE_EVENT}\ndata: ${json}\n\n`)
  }

  private beat(): void {
    for (const stream of this.streams) {
      if (!stream.res.writableNeedDrain)
        // An event, not a comment: a page's EventSource sees it, and knows the server is alive.
        stream.res.write(`event: ${ALIVE_EVENT}\ndata: {}\n\n`)
    }
  }

  /** Ends every stream of a group (a removed student's): each client sees its stream close. */
  endGroup(group: string): void {
    for (const stream of this.groups.get(group) ?? [])
      this.end(stream)
  }

  private end(stream: Stream): void {
    this.forget(stream)
    stream.res.end()
  }

  private forget(stream: Stream): void {
    if (!this.streams.delete(stream))
      return
    this.shared.delete(stream)
    const left = (this.groups.get(stream.group) ?? []).filter(s => s !== stream)
    if (left.length > 0)
      this.groups.set(stream.group, left)
    else
      this.groups.delete(stream.group)
  }

  /** Ends every stream (the server is stopping); browsers reconnect when it is back. */
  closeAll(): void {
    clearInterval(this.heartbeat)
    clearTimeout(this.timer)
    this.timer = undefined
    for (const stream of this.streams)
      this.end(stream)
  }
}
