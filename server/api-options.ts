// What the /api plugins share: their options, the rate limits, and the HTTP status of each refusal.
// A module of its own, so the plugins (live-api.ts, teacher-api.ts) and the one that registers them
// (api.ts) import it rather than each other.
import type { RefusalCode } from '../quiz/live/state'
import type { Classroom } from './classroom'
import type { StateStreams } from './streams'
import type { TeacherGate } from './teacher-gate'

/** Requests allowed per client in one window. */
export interface RateLimits {
  /** Per student (a known token): answers, reconnects, reloads. */
  readonly perStudent: number
  /**
   * Per address, for requests without a known token (joins, the projector, the teacher). High,
   * because a whole class behind one address (a school's NAT, the benchmark on loopback) joins at once.
   */
  readonly perAddress: number
  /** The window, in milliseconds. */
  readonly windowMs: number
}

/** Two requests a second per student, sustained; 20 a second per address. */
export const DEFAULT_LIMITS: RateLimits = { perStudent: 120, perAddress: 1200, windowMs: 60_000 }

/** What the /api plugin needs. */
export interface ApiOptions {
  readonly classroom: Classroom
  readonly streams: StateStreams
  readonly gate: TeacherGate
  readonly joinUrl: string
  readonly limits: RateLimits
  /** Names the class in file names (the class folder's name). */
  readonly classLabel: string
}

/** The HTTP status of each refusal. */
export const REFUSAL_STATUS: Record<RefusalCode, number> = {
  'unknown-question': 404,
  'unknown-student': 401,
  'not-open': 409,
  'wrong-phase': 409,
  'bad-response': 400,
  'bad-join': 409,
  'handed-in': 409,
  'bad-mark': 400,
  'class-full': 409,
  'no-such-student': 404,
}
