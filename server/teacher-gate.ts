// Who is the teacher: whoever sends the teacher code, or holds the cookie that entering it once
// gives. Codes are compared in constant time; an address that keeps sending wrong codes waits.
import type { Buffer } from 'node:buffer'
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

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
  private readonly session: string
  private readonly failures = new Map<string, Failures>()

  /**
   * @param code the teacher code of this class
   * @param scope names the class, so a cookie from another class (another code) is not valid here
   * @param now the clock, in milliseconds
   */
  constructor(code: string, scope: string, private readonly now: () => number) {
    this.code = normalizeCode(code)
    // Derived from the code: it survives a restart with the same code, and no one can make it without the code.
    this.session = createHmac('sha256', this.code).update(`teacher-session:${scope}`).digest('base64url')
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

  /** The value of the teacher's cookie. */
  sessionValue(): string {
    return this.session
  }

  /** Whether a `cookie` header holds the teacher's cookie. */
  hasSession(cookieHeader: string | undefined): boolean {
    const value = readCookie(cookieHeader, TEACHER_COOKIE)
    return value !== undefined && sameSecret(value, this.session)
  }

  /** The `set-cookie` header that makes this browser the teacher's. */
  setCookie(): string {
    return `${TEACHER_COOKIE}=${this.session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${TEACHER_COOKIE_SECONDS}`
  }

  /** The `set-cookie` header that ends the teacher's session in this browser. */
  static clearCookie(): string {
    return `${TEACHER_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
  }
}
