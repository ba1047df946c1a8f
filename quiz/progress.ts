import type { Bank, Question, QuizResponse } from './types'
import { parseResponse } from './grade'
import { isRecord } from './guards'
import { kindOf } from './kinds'
import { ANSWER_LIMITS } from './limits'
import { seedToInt } from './random'
import { isSeed } from './seed'

/** The shape of the saved progress; bump it when the shape changes, so that saves can be told apart. */
export const STORAGE_VERSION = 2

/** Where version 1 of the page kept its one attempt; read once, moved to the new place, then removed. */
export const LEGACY_STORAGE_KEY = 'chinese-tech-lesson:quiz:v1'

const PREFIX = `chinese-tech-lesson:quiz:v${STORAGE_VERSION}`

/** The localStorage key of the attempt with this seed: each attempt is kept apart from the others. */
export function attemptKey(seed: string): string {
  return `${PREFIX}:attempt:${seed}`
}

/** The key that names the student's latest attempt, resumed when the address asks for no order. */
export const LAST_ATTEMPT_KEY = `${PREFIX}:last`

/** How many attempts a browser keeps; the oldest beyond this are removed when a new one is saved. */
export const KEPT_ATTEMPTS = 5

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
  /** How many times the student chose "Start over" in this attempt; a newer restart wins across tabs. */
  readonly restarts: number
}

/** What is written to localStorage: the progress, tagged with the format, the bank and the time. */
export interface SavedProgress extends QuizProgress {
  readonly version: number
  /** {@link bankFingerprint} of the bank the answers were given to. */
  readonly bank: string
  /** When it was saved (ms since the epoch), to keep the newest attempts. */
  readonly savedAt: number
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
export function emptyProgress(seed: string, name = '', restarts = 0): QuizProgress {
  return { seed, current: 0, responses: {}, checked: [], finished: false, name, restarts }
}

/** The text to save for `progress`. */
export function serializeProgress(bank: Bank, progress: QuizProgress, savedAt = 0): string {
  const saved: SavedProgress = { version: STORAGE_VERSION, bank: bankFingerprint(bank), savedAt, ...progress }
  return JSON.stringify(saved)
}

function versionProblem(version: unknown, expected: number): string | undefined {
  if (version === expected)
    return undefined
  if (typeof version === 'number' && version > expected)
    return 'it was saved by a newer version of this page'
  if (typeof version === 'number' && version < expected)
    return 'it was saved by an older version of this page'
  return 'it is damaged'
}

/**
 * Read saved progress back, trusting nothing: the text may be hand-edited, cut short, from another
 * version of the page or from another bank. Anything that does not fit the current bank exactly
 * gives `{ ok: false, reason }` and is never half-used. `expectedVersion` 1 reads a save of the
 * first version of the page (the same shape, without `restarts`).
 */
export function parseProgress(bank: Bank, text: string | null, expectedVersion = STORAGE_VERSION): LoadResult {
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
  const wrongVersion = versionProblem(data.version, expectedVersion)
  if (wrongVersion)
    return { ok: false, reason: wrongVersion }
  if (data.bank !== bankFingerprint(bank))
    return { ok: false, reason: 'the questions have changed since it was saved' }

  const { seed, current, responses, checked, finished, name } = data
  const restarts = expectedVersion === 1 ? 0 : data.restarts
  if (!isSeed(seed) || typeof finished !== 'boolean' || typeof name !== 'string' || name.length > ANSWER_LIMITS.name)
    return { ok: false, reason: 'it is damaged' }
  if (typeof current !== 'number' || !Number.isInteger(current) || current < 0 || current >= bank.length)
    return { ok: false, reason: 'it is damaged' }
  if (typeof restarts !== 'number' || !Number.isInteger(restarts) || restarts < 0)
    return { ok: false, reason: 'it is damaged' }
  if (!isRecord(responses) || !Array.isArray(checked) || !checked.every(id => typeof id === 'string'))
    return { ok: false, reason: 'it is damaged' }

  const valid: Record<string, QuizResponse> = {}
  for (const [id, response] of Object.entries(responses)) {
    const question = bank.find(q => q.id === id)
    if (!question)
      return { ok: false, reason: `it has an answer to a question this quiz does not have ("${id}")` }
    const parsed = parseResponse(question, response)
    if (!parsed.ok || tooLong(question, parsed.value))
      return { ok: false, reason: `its answer to "${id}" is damaged` }
    valid[id] = parsed.value
  }
  if (!checked.every(id => Object.hasOwn(valid, id)))
    return { ok: false, reason: 'it is damaged' }

  return { ok: true, value: { seed, current, responses: valid, checked: [...new Set(checked)], finished, name, restarts } }
}

/** Whether a saved typed answer is longer than its kind's widget lets a student type: it was not typed here. */
function tooLong(question: Question, response: QuizResponse): boolean {
  const limit = kindOf(question.kind).textLimit
  return limit !== undefined && 'text' in response && response.text.length > limit
}

/** The part of the Storage interface the quiz uses; `localStorage` in the page, a Map in tests. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly length?: number, key?: (index: number) => string | null }

/** Stands in for `localStorage` when the browser blocks it: nothing is read, and saving fails. */
export const NO_STORAGE: ProgressStorage = {
  getItem: () => null,
  setItem: () => {
    throw new Error('this browser does not let the page save data')
  },
  removeItem: () => {},
}

function read(storage: ProgressStorage, key: string): string | null {
  try {
    return storage.getItem(key)
  }
  catch {
    return null
  }
}

function remove(storage: ProgressStorage, key: string): void {
  try {
    storage.removeItem(key)
  }
  catch {}
}

/**
 * Read an attempt: the one with `seed`, or the latest when `seed` is undefined. A storage that
 * throws reads as nothing saved; an unusable save is removed, and the result says why. A save of the
 * first version of the page is moved to the new place, so an answer given before an update is kept.
 */
export function loadProgress(bank: Bank, storage: ProgressStorage, seed?: string): LoadResult {
  let legacyProblem: LoadResult | undefined
  const legacy = read(storage, LEGACY_STORAGE_KEY)
  if (legacy !== null) {
    remove(storage, LEGACY_STORAGE_KEY)
    const old = parseProgress(bank, legacy, 1)
    if (!old.ok)
      legacyProblem = old
    else if (old.value && read(storage, attemptKey(old.value.seed)) === null)
      saveProgress(bank, storage, old.value, 0)
  }
  const wanted = seed ?? read(storage, LAST_ATTEMPT_KEY)
  if (wanted === null || !isSeed(wanted))
    return legacyProblem ?? { ok: true, value: undefined }
  const result = parseProgress(bank, read(storage, attemptKey(wanted)))
  if (!result.ok)
    remove(storage, attemptKey(wanted))
  return result
}

/**
 * How an attempt open in a tab is kept from being pruned. Each tab writes a mark under a key of its
 * own, `{ seed, at }`, when it opens an attempt and again every {@link OPEN_HEARTBEAT_MS}; it removes
 * the mark when the page goes away. A mark is trusted for {@link OPEN_FOR_MS}, so a tab that crashed
 * or was killed without removing it holds its attempt for a few minutes only. This is synchronous
 * (unlike the Web Locks API, whose query is asynchronous), so the pruning in {@link saveProgress}
 * stays one synchronous step, and it works where BroadcastChannel or locks are missing. A tab the
 * browser froze for longer than that may find its attempt pruned: it then says so and saves it again.
 */
const OPEN_PREFIX = `${PREFIX}:open:`

/** How often a tab renews the mark of its open attempt. */
export const OPEN_HEARTBEAT_MS = 30_000

/**
 * How long a tab's mark keeps its attempt from being pruned. Several times the heartbeat: a hidden
 * tab's timers may run only once a minute (Chromium's intensive throttling).
 */
export const OPEN_FOR_MS = 5 * 60_000

/** The key of the mark a tab keeps while it shows an attempt. */
export function openMarkKey(tabId: string): string {
  return `${OPEN_PREFIX}${tabId}`
}

/** Mark the attempt with `seed` as open in the tab `tabId`, at `now` (ms since the epoch); a refusing storage is ignored. */
export function markOpen(storage: ProgressStorage, tabId: string, seed: string, now: number): void {
  try {
    storage.setItem(openMarkKey(tabId), JSON.stringify({ seed, at: now }))
  }
  catch {}
}

/** Remove the mark of the tab `tabId`, when it closes or leaves the quiz. */
export function unmarkOpen(storage: ProgressStorage, tabId: string): void {
  remove(storage, openMarkKey(tabId))
}

/** The storage's keys that start with `prefix`. */
function keysStartingWith(storage: ProgressStorage, prefix: string): string[] {
  const keys: string[] = []
  const count = storage.length ?? 0
  for (let i = 0; i < count; i++) {
    const key = storage.key?.(i)
    if (key?.startsWith(prefix))
      keys.push(key)
  }
  return keys
}

/** The seeds of the attempts some tab has open at `now`; marks too old to trust are removed. */
export function openAttempts(storage: ProgressStorage, now: number): Set<string> {
  const open = new Set<string>()
  for (const key of keysStartingWith(storage, OPEN_PREFIX)) {
    let data: unknown
    try {
      data = JSON.parse(read(storage, key) ?? '')
    }
    catch {}
    if (isRecord(data) && isSeed(data.seed) && typeof data.at === 'number' && now - data.at < OPEN_FOR_MS)
      open.add(data.seed)
    else
      remove(storage, key)
  }
  return open
}

/**
 * The seeds of the saved attempts to remove: those beyond the {@link KEPT_ATTEMPTS} newest, except
 * any that a tab has open (`open`), whose answers are on someone's screen.
 */
export function attemptsToPrune(saved: readonly { readonly seed: string, readonly savedAt: number }[], open: ReadonlySet<string>, kept = KEPT_ATTEMPTS): string[] {
  return [...saved]
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(kept)
    .map(attempt => attempt.seed)
    .filter(seed => !open.has(seed))
}

/** The seeds of the attempts saved in `storage`, newest first. */
function savedAttempts(storage: ProgressStorage): { seed: string, savedAt: number }[] {
  const found: { seed: string, savedAt: number }[] = []
  for (const key of keysStartingWith(storage, `${PREFIX}:attempt:`)) {
    let savedAt = 0
    try {
      const data: unknown = JSON.parse(storage.getItem(key) ?? '')
      savedAt = isRecord(data) && typeof data.savedAt === 'number' ? data.savedAt : 0
    }
    catch {}
    found.push({ seed: key.slice(`${PREFIX}:attempt:`.length), savedAt })
  }
  return found.sort((a, b) => b.savedAt - a.savedAt)
}

/**
 * Save the progress of its attempt and remember it as the latest; attempts beyond the
 * {@link KEPT_ATTEMPTS} newest are removed, unless a tab has them open ({@link attemptsToPrune}).
 * Returns false when the browser refuses (storage full or disabled).
 */
export function saveProgress(bank: Bank, storage: ProgressStorage, progress: QuizProgress, now = Date.now()): boolean {
  try {
    storage.setItem(attemptKey(progress.seed), serializeProgress(bank, progress, now))
    storage.setItem(LAST_ATTEMPT_KEY, progress.seed)
    const open = openAttempts(storage, now).add(progress.seed)
    for (const seed of attemptsToPrune(savedAttempts(storage), open))
      storage.removeItem(attemptKey(seed))
    return true
  }
  catch {
    return false
  }
}

/** What following another tab's save of the same attempt gives, and what to tell the student. */
export interface Followed {
  readonly progress: QuizProgress
  /** One sentence for a status notice; empty when nothing visible changed. */
  readonly notice: string
  /** Whether this tab holds answers the other does not, so it must save them back. */
  readonly saveBack: boolean
}

function sameAnswers(a: QuizProgress, b: QuizProgress): boolean {
  return JSON.stringify([a.responses, [...a.checked].sort(), a.name]) === JSON.stringify([b.responses, [...b.checked].sort(), b.name])
}

/**
 * Two tabs on the same attempt: merge what the other tab saved (`theirs`) into this tab's progress
 * (`mine`) so that no checked answer is ever lost. A checked answer is final in either tab, so it is
 * kept; an unchecked answer follows the newer save unless only this tab has one. This tab stays on
 * its own question. A "Start over" in the other tab (more restarts) is followed; an older one is
 * ignored and this tab saves back.
 */
export function followOtherTab(mine: QuizProgress, theirs: QuizProgress): Followed {
  if (theirs.seed !== mine.seed)
    return { progress: mine, notice: '', saveBack: false }
  if (theirs.restarts > mine.restarts) {
    return {
      progress: { ...theirs, current: 0, finished: false },
      notice: 'Your answers were cleared in another tab: this attempt starts again from question 1.',
      saveBack: false,
    }
  }
  if (theirs.restarts < mine.restarts)
    return { progress: mine, notice: '', saveBack: true }

  const checked = [...mine.checked, ...theirs.checked.filter(id => !mine.checked.includes(id))]
  const responses: Record<string, QuizResponse> = {}
  for (const id of new Set([...Object.keys(theirs.responses), ...Object.keys(mine.responses)])) {
    const chosen = mine.checked.includes(id)
      ? mine.responses[id]
      : theirs.checked.includes(id) ? theirs.responses[id] : theirs.responses[id] ?? mine.responses[id]
    if (chosen)
      responses[id] = chosen
  }
  const merged: QuizProgress = { ...mine, responses, checked, name: theirs.name }
  return {
    progress: merged,
    notice: sameAnswers(merged, mine) ? '' : 'Answers you gave in another tab were added here.',
    saveBack: !sameAnswers(merged, theirs),
  }
}
