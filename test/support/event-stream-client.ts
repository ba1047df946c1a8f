// A small client for the server's event streams, as a browser's EventSource reads them: for the
// API tests and the benchmark, which run in Node (Node 20 has no EventSource).
import type { Agent, ClientRequest, IncomingMessage } from 'node:http'
import { request } from 'node:http'
import { STATE_EVENT } from '../../quiz/live/protocol'

/** An open event stream and what it has received. */
export interface EventStreamClient {
  /** Every `state` event received so far, parsed. */
  readonly states: unknown[]
  /** Keep-alive comments received. */
  readonly comments: () => number
  /** Resolves with the first state, received already or later, that `match` accepts. */
  waitFor: <T>(match: (state: T) => boolean, timeoutMs?: number) => Promise<T>
  /** Resolves when the server ends the stream (or it is closed). */
  readonly ended: Promise<void>
  close: () => void
}

/** Options of {@link connectEventStream}. */
export interface ConnectOptions {
  /** Sockets to use; by default one of its own (`agent: false`), as each EventSource has. */
  readonly agent?: Agent | false
  /** Called with each state as it arrives, and when (performance.now()). */
  readonly onState?: (state: unknown, receivedAt: number) => void
}

/** A stream refused with an HTTP status (401 for an unknown token). */
export class StreamRefused extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`event stream refused with ${status}: ${body}`)
  }
}

/** Opens `url` as an event stream; resolves once the server has accepted it (status 200). */
export function connectEventStream(url: string, options: ConnectOptions = {}): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const states: unknown[] = []
    const waiters = new Set<() => unknown>()
    let comments = 0
    let endStream: () => void = () => {}
    const ended = new Promise<void>((done) => {
      endStream = done
    })
    const req: ClientRequest = request(url, { agent: options.agent ?? false, headers: { accept: 'text/event-stream' } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
        })
        res.on('end', () => reject(new StreamRefused(res.statusCode ?? 0, body)))
        return
      }
      res.setEncoding('utf8')
      let buffer = ''
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          end = buffer.indexOf('\n\n')
          let event = 'message'
          const data: string[] = []
          if (block === 'event: alive\ndata: {}')
            comments += 1
          for (const line of block.split('\n')) {
            if (line.startsWith(':'))
              comments += 1
            else if (line.startsWith('event:'))
              event = line.slice(6).trim()
            else if (line.startsWith('data:'))
              data.push(line.slice(5).trimStart())
          }
          if (event === STATE_EVENT && data.length > 0) {
            const state: unknown = JSON.parse(data.join('\n'))
            states.push(state)
            options.onState?.(state, performance.now())
            for (const wake of waiters)
              wake()
          }
        }
      })
      res.on('end', endStream)
      res.on('close', endStream)
      resolve({
        states,
        comments: () => comments,
        ended,
        close: () => {
          req.destroy()
          endStream()
        },
        waitFor: <T>(match: (state: T) => boolean, timeoutMs = 5000) => new Promise<T>((found, fail) => {
          let timer: NodeJS.Timeout | undefined
          const look = (): boolean => {
            const hit = (states as T[]).find(match)
            if (hit === undefined)
              return false
            waiters.delete(look)
            clearTimeout(timer)
            found(hit)
            return true
          }
          if (look())
            return
          waiters.add(look)
          timer = setTimeout(() => {
            waiters.delete(look)
            fail(new Error(`no matching state within ${timeoutMs} ms; last: ${JSON.stringify(states.at(-1))}`))
          }, timeoutMs)
        }),
      })
    })
    req.on('error', (error) => {
      reject(error)
      endStream()
    })
    req.end()
  })
}
