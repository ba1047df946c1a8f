// Who is the teacher: whoever sends the teacher code, or holds the cookie that entering it once
// gives. Codes are compared in constant time; an address that keeps sending wrong codes waits. Each
// sign-in is a session of its own (an id, when it began, and a MAC made with the code), so it
// survives a restart of the server without being stored, and signing out ends that session for good:
// its id is remembered as ended, on disk when the server gives a place for it.
import type { Buffer } from 'node:buffer'
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The cookie that makes a browser the teacher's. */
export const TEACHER_COOKIE = 'lesson_teacher'

/** How long the teacher's cookie lasts: a school day. */
export const TEACHER_COOKIE_SECONDS = 12 * 60 * 60

/** Wrong codes from one address before it has to wait. */
export const MAX_FAILURES = 5

/** The first wait after too many wrong codes; it doubles with each further wrong code, up to 5 minutes. */
export const BACKOFF_MS = 30_000

const MAX_BACKOFF_MS = 5 * 60_000

/** Addresses remembered at most; the oldest are forgotten first. */
const MAX_ADDRESSES = 10_000

/** A code as compared: without surrounding spaces, in capitals (codes are read aloud). */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase()
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/**
 * Whether two secrets are equal, in time that does not depend on where they differ: both are
 * hashed to 32 bytes first, so `timingSafeEqual` compares equal lengths and the length leaks nothing.
 */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b))
}

/** A cookie's value from a `cookie` header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header)
    return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return part.slice(eq + 1).trim()
  }
  return undefined
}

/** The answer to a code. */
export type CodeCheck
  = | { readonly ok: true }
    | { readonly ok: false, readonly reason: 'wrong' }
    | { readonly ok: false, readonly reason: 'wait', readonly retryAfterSeconds: number }

interface Failures {
  count: number
  until: number
}

/** Checks teacher codes and sessions; remembers wrong codes per address. */
export class TeacherGate {
  private readonly code: string
  private readonly failures = new Map<string, Failures>()
  private readonly ended: Set<string>

  /**
   * @param code the teacher code of this class
   * @param scope names the class, so a cookie from another class (another code) is not valid here
   * @param now the clock, in milliseconds
   * @param sessions the teacher's sessions that ended before
   * @param sessions.ended the ids of sessions already signed out (read from the class folder)
   * @param sessions.onEnd records a session that is signed out now
   */
  constructor(code: string, private readonly scope: string, private readonly now: () => number, private readonly sessions: { ended?: Iterable<string>, onEnd?: (id: string) => void } = {}) {
    this.code = normalizeCode(code)
    this.ended = new Set(sessions.ended ?? [])
  }

  /** The MAC of a session id: made with the code, for this class; no one can make it without the code. */
  private mac(id: string): string {
    return createHmac('sha256', this.code).update(`teacher-session:${this.scope}:${id}`).digest('base64url')
  }

  /** The id of the session a `cookie` header holds, if it is a live session of this class. */
  private sessionId(cookieHeader: string | undefined): string | undefined {
    const value = readCookie(cookieHeader, TEACHER_COOKIE)
    const dot = value?.lastIndexOf('.') ?? -1
    if (value === undefined || dot <= 0)
      return undefined
    const id = value.slice(0, dot)
    if (!sameSecret(value.slice(dot + 1), this.mac(id)) || this.ended.has(id))
      return undefined
    const began = Number.parseInt(id.slice(0, id.indexOf('-')), 36)
    return Number.isFinite(began) && this.now() - began < TEACHER_COOKIE_SECONDS * 1000 ? id : undefined
  }

  /** Seconds an address must wait before its next try, or 0. */
  waitSeconds(address: string): number {
    const entry = this.failures.get(address)
    const left = entry ? entry.until - this.now() : 0
    return left > 0 ? Math.ceil(left / 1000) : 0
  }

  /** Checks a code sent from `address`; a right code forgets the address's wrong ones. */
  check(address: string, candidate: string): CodeCheck {
    const wait = this.waitSeconds(address)
    if (wait > 0)
      return { ok: false, reason: 'wait', retryAfterSeconds: wait }
    if (sameSecret(normalizeCode(candidate), this.code)) {
      this.failures.delete(address)
      return { ok: true }
    }
    const entry = this.failures.get(address) ?? { count: 0, until: 0 }
    entry.count += 1
    if (entry.count >= MAX_FAILURES)
      entry.until = this.now() + Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** (entry.count - MAX_FAILURES))
    this.failures.delete(address)
    this.failures.set(address, entry)
    if (this.failures.size > MAX_ADDRESSES) {
      const oldest = this.failures.keys().next().value
      if (oldest !== undefined)
        this.failures.delete(oldest)
    }
    return { ok: false, reason: 'wrong' }
  }

  /** Whether a `cookie` header holds a live session of the teacher: made with the code, not ended, under 12 hours old. */
  hasSession(cookieHeader: string | undefined): boolean {
    return this.sessionId(cookieHeader) !== undefined
  }

  /** The `set-cookie` header that makes this browser the teacher's: a new session. */
  setCookie(): string {
    const id = `${this.now().toString(36)}-${randomBytes(16).toString('base64url')}`
    return `${TEACHER_COOKIE}=${id}.${this.mac(id)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${TEACHER_COOKIE_SECONDS}`
  }

  /** Ends the session a `cookie` header holds, for good: the same cookie, kept or copied, no longer works. */
  endSession(cookieHeader: string | undefined): void {
    const id = this.sessionId(cookieHeader)
    if (id === undefined)
      return
    this.ended.add(id)
    this.sessions.onEnd?.(id)
  }

  /** The `set-cookie` header that ends the teacher's session in this browser. */
  static clearCookie(): string {
    return `${TEACHER_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
  }
}
