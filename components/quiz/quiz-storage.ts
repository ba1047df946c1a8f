import type { Bank, QuizResponse } from '../../quiz/types'
import { grade } from '../../quiz/grade'
import { seedToInt } from '../../quiz/shuffle'
import { isSeed } from './quiz-seed'

/** The shape of the saved progress; bump it when the shape changes, so old saves are discarded. */
export const STORAGE_VERSION = 1

/** The localStorage key the self-paced quiz saves its progress under. */
export const STORAGE_KEY = `chinese-tech-lesson:quiz:v${STORAGE_VERSION}`

/** A student's progress through one attempt: everything needed to come back to it after a reload. */
export interface QuizProgress {
  /** The seed that shuffled this attempt's questions and options. */
  readonly seed: string
  /** The position (0-based, in the shuffled order) of the question on screen. */
  readonly current: number
  /** The answers given so far, by question id. */
  readonly responses: Readonly<Record<string, QuizResponse>>
  /** The ids of the questions whose answer was checked (and is now final). */
  readonly checked: readonly string[]
  /** Whether the results screen is showing. */
  readonly finished: boolean
  /** The student's name for the downloaded results; may be empty. */
  readonly name: string
}

/** What is written to localStorage: the progress, tagged with the format and the bank it belongs to. */
export interface SavedProgress extends QuizProgress {
  readonly version: number
  /** {@link bankFingerprint} of the bank the answers were given to. */
  readonly bank: string
}

/** The result of reading saved progress: the progress (undefined when nothing was saved), or why it was thrown away. */
export type LoadResult
  = | { readonly ok: true, readonly value: QuizProgress | undefined }
    | { readonly ok: false, readonly reason: string }

/** A short fingerprint of the bank's question ids and kinds: it changes whenever a question is added, removed or replaced. */
export function bankFingerprint(bank: Bank): string {
  return seedToInt(bank.map(q => `${q.id}:${q.kind}`).join('|')).toString(36)
}

/** A new attempt with no answers. */
export function emptyProgress(seed: string, name = ''): QuizProgress {
  return { seed, current: 0, responses: {}, checked: [], finished: false, name }
}

/** The text to save for `progress`. */
export function serializeProgress(bank: Bank, progress: QuizProgress): string {
  const saved: SavedProgress = { version: STORAGE_VERSION, bank: bankFingerprint(bank), ...progress }
  return JSON.stringify(saved)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Read saved progress back, trusting nothing: the text may be hand-edited, cut short, from an
 * older version of the page or from an older bank. Anything that does not fit the current bank
 * exactly gives `{ ok: false, reason }` and is never half-used.
 */
export function parseProgress(bank: Bank, text: string | null): LoadResult {
  if (text === null || text === '')
    return { ok: true, value: undefined }
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    return { ok: false, reason: 'it could not be read' }
  }
  if (!isRecord(data))
    return { ok: false, reason: 'it could not be read' }
  if (data.version !== STORAGE_VERSION)
    return { ok: false, reason: 'it was saved by an older version of this page' }
  if (data.bank !== bankFingerprint(bank))
    return { ok: false, reason: 'the questions have changed since it was saved' }

  const { seed, current, responses, checked, finished, name } = data
  if (!isSeed(seed) || typeof finished !== 'boolean' || typeof name !== 'string' || name.length > 200)
    return { ok: false, reason: 'it is damaged' }
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= bank.length)
    return { ok: false, reason: 'it is damaged' }
  if (!isRecord(responses) || !Array.isArray(checked) || !checked.every(id => typeof id === 'string'))
    return { ok: false, reason: 'it is damaged' }

  const valid: Record<string, QuizResponse> = {}
  for (const [id, response] of Object.entries(responses)) {
    const question = bank.find(q => q.id === id)
    if (!question)
      return { ok: false, reason: `it has an answer to a question this quiz does not have ("${id}")` }
    // grade() checks the response's shape and ids at run time, so it doubles as the validator.
    if (!grade(question, response as QuizResponse).ok)
      return { ok: false, reason: `its answer to "${id}" is damaged` }
    valid[id] = response as QuizResponse
  }
  if (!checked.every(id => Object.hasOwn(valid, id)))
    return { ok: false, reason: 'it is damaged' }

  return { ok: true, value: { seed, current, responses: valid, checked: [...new Set(checked)], finished, name } }
}

/** The part of the Storage interface the quiz uses; `localStorage` in the page, a Map in tests. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Stands in for `localStorage` when the browser blocks it: nothing is read, and saving fails. */
export const NO_STORAGE: ProgressStorage = {
  getItem: () => null,
  setItem: () => {
    throw new Error('this browser does not let the page save data')
  },
  removeItem: () => {},
}

/** The browser's `localStorage`, or {@link NO_STORAGE} where there is none or it is blocked. */
export function browserStorage(): ProgressStorage {
  try {
    return typeof localStorage === 'undefined' ? NO_STORAGE : localStorage
  }
  catch {
    // Reading `localStorage` itself throws when the browser blocks site data.
    return NO_STORAGE
  }
}

/** Read the saved progress; a storage that throws (private mode, blocked cookies) reads as nothing saved. */
export function loadProgress(bank: Bank, storage: ProgressStorage): LoadResult {
  let text: string | null = null
  try {
    text = storage.getItem(STORAGE_KEY)
  }
  catch {
    return { ok: true, value: undefined }
  }
  const result = parseProgress(bank, text)
  if (!result.ok) {
    try {
      storage.removeItem(STORAGE_KEY)
    }
    catch {}
  }
  return result
}

/** Save the progress; returns false when the browser refuses (storage full or disabled). */
export function saveProgress(bank: Bank, storage: ProgressStorage, progress: QuizProgress): boolean {
  try {
    storage.setItem(STORAGE_KEY, serializeProgress(bank, progress))
    return true
  }
  catch {
    return false
  }
}

/** Forget the saved progress ("Start over"). */
export function clearProgress(storage: ProgressStorage): void {
  try {
    storage.removeItem(STORAGE_KEY)
  }
  catch {}
}
