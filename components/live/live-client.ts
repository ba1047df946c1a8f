// How the pages and slides reach the classroom server: over HTTP only (never by importing server/),
// with every reply checked against the protocol's schemas in quiz/live/protocol.ts. Vue-free.
import type * as v from 'valibot'
import type { Identity } from '../../quiz/live/protocol'
import { safeParse } from 'valibot'
import { ALIVE_EVENT, ErrorReplySchema, IdentitySchema, STATE_EVENT } from '../../quiz/live/protocol'

/** A reply from the server: its value, or why there is none, in words a person reads. */
export type Reply<T>
  = | { readonly ok: true, readonly value: T }
    | { readonly ok: false, readonly status: number, readonly error: string }

/** The status of a reply that never came: no network, or no server at that address. */
export const NO_CONNECTION = 0

const TRAILING_SLASH = /\/$/

/** The server's address for an API path: `/api/info` under the site's base. */
export function apiUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(TRAILING_SLASH, '')}/api/${path}`
}

/**
 * Sends a request and reads the JSON reply with `schema`. Never throws: a network failure is status
 * 0; a reply that is not the expected JSON (a static host answers /api/… with the deck's page) is
 * a failure too, so "no classroom server here" is told apart from a server's own refusal.
 */
export async function request<S extends v.GenericSchema>(
  path: string,
  schema: S,
  init: { method?: 'GET' | 'POST' | 'DELETE', body?: unknown, token?: string, timeoutMs?: number, fetch?: typeof fetch } = {},
): Promise<Reply<v.InferOutput<S>>> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body !== undefined)
    headers['content-type'] = 'application/json'
  if (init.token !== undefined)
    headers.authorization = `Bearer ${init.token}`
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), init.timeoutMs ?? 8000)
  let response: Response
  try {
    response = await (init.fetch ?? fetch)(apiUrl(path), {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: abort.signal,
    })
  }
  catch {
    return { ok: false, status: NO_CONNECTION, error: 'no connection to the classroom server' }
  }
  finally {
    clearTimeout(timer)
  }
  let json: unknown
  try {
    json = (response.headers.get('content-type') ?? '').includes('application/json') ? await response.json() : undefined
  }
  catch {
    json = undefined
  }
  if (response.ok) {
    const parsed = safeParse(schema, json)
    return parsed.success
      ? { ok: true, value: parsed.output }
      : { ok: false, status: NO_CONNECTION, error: 'no classroom server at this address' }
  }
  const refusal = safeParse(ErrorReplySchema, json)
  return { ok: false, status: response.status, error: refusal.success ? refusal.output.error : `the server answered ${response.status}` }
}

/**
 * Joins the class under `nickname` (POST /api/join): the student's identity, or why not in words a
 * student can act on. The live quiz and the quiz handed in join the same way, as the same student.
 */
export async function joinClass(nickname: string): Promise<{ ok: true, identity: Identity } | { ok: false, error: string }> {
  const reply = await request('join', IdentitySchema, { body: { nickname } })
  if (reply.ok)
    return { ok: true, identity: reply.value }
  return {
    ok: false,
    error: reply.status === NO_CONNECTION
      ? 'No connection to the classroom: check that you are on the room\'s Wi-Fi, then try again.'
      : `Could not join: ${reply.error}.`,
  }
}

/** What a stream is doing: connecting (or reconnecting), delivering, or given up on. */
export type StreamStatus = 'connecting' | 'open' | 'closed'

/** A state stream from the server (`event: state`, one whole snapshot per message). */
export interface StateStream {
  /** Stops the stream for good. */
  close: () => void
}

/** How long to wait before opening a stream again that the browser has given up on. */
export const RECONNECT_MS = 2000

/**
 * A stream silent this long is taken as lost: the server sends something every 15 s (a state, or
 * `event: alive`), so two missed beats mean a frozen or unreachable server even while the socket
 * stays open. The stream is then opened again.
 */
export const SILENT_MS = 40_000

/**
 * Listens to a state stream (`GET /api/…/events`): `onState` gets each snapshot that `schema`
 * accepts, `onStatus` each change of the connection. After a drop the browser reconnects by itself
 * (the server asks for 2 s); where it gives up instead (a phone that went offline), the stream is
 * opened again every 2 s until `close`. The server sends the current state at once on every
 * connection, so a phone that lost the network shows the present, not what it missed.
 */
export function openStateStream<S extends v.GenericSchema>(
  path: string,
  schema: S,
  onState: (state: v.InferOutput<S>) => void,
  onStatus: (status: StreamStatus) => void = () => {},
  silentMs = SILENT_MS,
): StateStream {
  let source: EventSource | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let closed = false
  let heard = Date.now()
  const connect = (): void => {
    source = new EventSource(apiUrl(path))
    heard = Date.now()
    onStatus('connecting')
    source.addEventListener('open', () => {
      heard = Date.now()
      onStatus('open')
    })
    source.addEventListener('error', () => {
      onStatus('connecting')
      if (source?.readyState === EventSource.CLOSED && !closed)
        retry = setTimeout(connect, RECONNECT_MS)
    })
    source.addEventListener(ALIVE_EVENT, () => {
      heard = Date.now()
    })
    source.addEventListener(STATE_EVENT, (event) => {
      let data: unknown
      try {
        data = JSON.parse((event as MessageEvent<string>).data)
      }
      catch {
        return
      }
      heard = Date.now()
      const parsed = safeParse(schema, data)
      if (parsed.success)
        onState(parsed.output)
    })
  }
  connect()
  // A frozen server keeps the socket open and says nothing: after two missed beats, start again.
  const watchdog = setInterval(() => {
    if (!closed && Date.now() - heard > silentMs) {
      source?.close()
      clearTimeout(retry)
      connect()
    }
  }, Math.min(silentMs / 4, 10_000))
  return {
    close: () => {
      closed = true
      clearInterval(watchdog)
      clearTimeout(retry)
      source?.close()
      onStatus('closed')
    },
  }
}
