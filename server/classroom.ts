import type { FeedbackPolicy } from '../quiz/live/events'
// One class's live state and its journal. Every change is an event: checked against the rules
// (quiz/live/state.ts `check`), applied to the state in memory at once (so the next request is checked
// against it), appended to the journal, and acknowledged only once the journal is on disk. What
// the streams show is the state as of the last flush, so no screen shows what a crash could undo.
import type { Identity, LiveResponse, Phase, TeacherAction } from '../quiz/live/protocol'
import type { LiveEvent, LiveState, LiveStudent, Refusal } from '../quiz/live/state'
import type { Bank, QuizResponse } from '../quiz/types'
import type { ParsedJournal } from './journal'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { KINDS } from '../quiz/kinds'
import { distinctNickname } from '../quiz/live/protocol'
import { CLASS_SEED, quizOrder } from '../quiz/live/quiz-views'
import { check, parseLiveResponse, recordOf, reduce, replay } from '../quiz/live/state'
import { fromShownResponse } from '../quiz/present'
import { JournalWriter, readJournal } from './journal'

/** The journal's file name in a class folder. */
export const JOURNAL_FILE = 'journal.jsonl'

/** What a class is opened with. Time and ids come in, so tests control them. */
export interface ClassroomOptions {
  readonly bank: Bank
  /** The full quiz students hand in (none by default). */
  readonly quiz?: Bank
  /** The class's folder: its journal is `journal.jsonl` there. Created if missing. */
  readonly classDir: string
  readonly clock: () => Date
  /** A new unguessable id: for student ids and tokens. */
  readonly newId: () => string
  /** Told about a torn or broken journal line found on start. */
  readonly onWarning: (message: string) => void
  /** Flushes the journal to disk; fdatasync unless a test watches it. */
  readonly sync?: (fd: number) => Promise<void>
  /** The most students the class takes (default {@link DEFAULT_MAX_STUDENTS}); a join beyond is refused. */
  readonly maxStudents?: number
}

/**
 * The most students a class takes unless the teacher says otherwise (`--max-students`): more than a
 * room's Wi-Fi carries (30 to 50 phones), well within what one laptop serves (1,000 in the
 * benchmark), and a bound on what one device inventing students can add to the class.
 */
export const DEFAULT_MAX_STUDENTS = 300

/** The result of a request that changes the class: its value, or the rule it breaks. */
export type Outcome<T> = { readonly ok: true, readonly value: T } | { readonly ok: false, readonly refusal: Refusal }

/** The journal could not be written: the event is not accepted (the server answers 503). */
export class DiskError extends Error {
  readonly statusCode = 503
  constructor(cause: Error) {
    super(`could not save to disk: ${cause.message}`, { cause })
  }
}

/** The SHA-256 of a token, as the journal stores it. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** 144 random bits, URL-safe: the default for student ids and tokens. */
export function randomId(): string {
  return randomBytes(18).toString('base64url')
}

/**
 * A class's state rebuilt from its journal, without opening it for writing (for an export).
 * Torn and broken lines, and events that break the rules, are skipped and reported to `onWarning`.
 */
export function loadJournal(bank: Bank, classDir: string, onWarning: (message: string) => void, quiz: Bank = []): { state: LiveState, journal: ParsedJournal } {
  const journal = readJournal(join(classDir, JOURNAL_FILE))
  for (const warning of journal.warnings)
    onWarning(warning)
  const { state, refused } = replay(bank, journal.entries.map(entry => entry.event), quiz)
  for (const { index, refusal } of refused)
    onWarning(`${JOURNAL_FILE} line ${journal.entries[index]?.line ?? '?'} is skipped: ${refusal.message}.`)
  return { state, journal }
}

/** How many answers the class holds now (the current one of each student to each question). */
export function answerCount(state: LiveState): number {
  let count = 0
  for (const record of state.records.values())
    count += record.answers.size
  return count
}

/** A class: its state, its journal, and who to tell when the saved state changes. */
export class Classroom {
  /** The state with every accepted event, including those still being flushed. Requests are checked against it. */
  private latest: LiveState
  private latestSeq = 0
  /** The state as of the last flush: what clients are shown. */
  private saved: LiveState
  private savedSeq = 0
  /** The hash of each token that has been recognised: at most one per student. */
  private readonly tokenHashes = new Map<string, string>()
  private readonly listeners = new Set<(state: LiveState, event: LiveEvent) => void>()

  private constructor(private readonly options: ClassroomOptions, state: LiveState, private readonly journal: JournalWriter) {
    this.latest = state
    this.saved = state
    journal.onFailure = () => {
      // The batch that failed, and those behind it, are not on disk: forget them.
      this.latest = this.saved
      this.latestSeq = this.savedSeq
    }
  }

  /**
   * Opens the class in `classDir`: replays its journal (skipping, with a warning, a torn last line
   * or a broken line in the middle) and opens the journal for appending.
   */
  static open(options: ClassroomOptions): Classroom {
    mkdirSync(options.classDir, { recursive: true })
    const { state, journal } = loadJournal(options.bank, options.classDir, options.onWarning, options.quiz)
    const writer = JournalWriter.open(join(options.classDir, JOURNAL_FILE), journal.tornTail ? journal.goodBytes : undefined, options.sync)
    return new Classroom(options, state, writer)
  }

  /** The state as of the last flush to disk. */
  get state(): LiveState {
    return this.saved
  }

  /** How many write + fdatasync rounds the journal has run, and how many lines it has written. */
  get journalStats(): { flushes: number, lines: number } {
    return { flushes: this.journal.flushes, lines: this.journal.lines }
  }

  /** The student a token belongs to, if any. */
  identify(token: string): LiveStudent | undefined {
    const hash = this.tokenHashes.get(token) ?? hashToken(token)
    const id = this.latest.byTokenHash.get(hash)
    const student = id === undefined ? undefined : this.latest.students.get(id)
    // A known token's hash is kept (one per student), so a phone's requests are not hashed again.
    if (student)
      this.tokenHashes.set(token, hash)
    return student
  }

  /** Calls `listener` with the saved state and the event after each event is on disk; returns the way to stop. */
  subscribe(listener: (state: LiveState, event: LiveEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Checks an event, applies it, and resolves once it is on disk. Rejects (the request should
   * fail with 5xx) only if the disk does: then the event is not applied.
   */
  private async submit(event: LiveEvent): Promise<Outcome<LiveState>> {
    const refusal = check(this.latest, event)
    if (refusal)
      return { ok: false, refusal }
    this.latest = reduce(this.latest, event)
    this.latestSeq += 1
    const seq = this.latestSeq
    const after = this.latest
    try {
      await this.journal.append(JSON.stringify(event))
    }
    catch (error) {
      throw new DiskError(error as Error)
    }
    if (seq > this.savedSeq) {
      this.saved = after
      this.savedSeq = seq
    }
    // Every event is told, each once: the streams re-render whom it concerns.
    for (const listener of this.listeners)
      listener(this.saved, event)
    return { ok: true, value: after }
  }

  private now(): string {
    return this.options.clock().toISOString()
  }

  /** A new student joins, with a nickname already checked (trimmed, ≤ 24 characters, may be empty). */
  async join(given: string): Promise<Outcome<Identity>> {
    const max = this.options.maxStudents ?? DEFAULT_MAX_STUDENTS
    if (this.latest.students.size >= max)
      return { ok: false, refusal: { code: 'class-full', message: `this class is full (${max} ${max === 1 ? 'student' : 'students'}); ask your teacher` } }
    // Two students are never both "Alex" on the teacher's page: the second is "Alex (2)".
    const nickname = distinctNickname(given, key => this.latest.nicknames.has(key))
    const studentId = this.options.newId()
    const token = this.options.newId()
    const outcome = await this.submit({ type: 'join', at: this.now(), studentId, tokenHash: hashToken(token), nickname })
    if (!outcome.ok)
      return outcome
    const student = outcome.value.students.get(studentId)
    return { ok: true, value: { studentId, token, nickname, number: student?.number ?? outcome.value.students.size } }
  }

  /** A student answers, or changes their answer; the response is checked against the question. */
  async answer(studentId: string, questionId: string, response: unknown): Promise<Outcome<LiveResponse>> {
    const question = this.latest.questions.get(questionId)
    const parsed = question ? parseLiveResponse(question, response) : undefined
    // `check` refuses an unknown student or question, a question not open, then a bad response.
    const event: LiveEvent = { type: 'answer', at: this.now(), studentId, questionId, response: (parsed?.ok ? parsed.value : response) as LiveResponse }
    const outcome = await this.submit(event)
    return outcome.ok ? { ok: true, value: event.response } : outcome
  }

  /** The teacher removes a student: their token stops working, and their answers leave the results. */
  async remove(studentId: string): Promise<Outcome<string>> {
    const outcome = await this.submit({ type: 'remove', at: this.now(), studentId })
    return outcome.ok ? { ok: true, value: studentId } : outcome
  }

  /** The teacher opens, closes, reveals or resets a question; resolves with its phase after. */
  async act(action: TeacherAction, questionId: string): Promise<Outcome<Phase>> {
    const outcome = await this.submit({ type: action, at: this.now(), questionId })
    return outcome.ok ? { ok: true, value: recordOf(outcome.value, questionId).phase } : outcome
  }

  /**
   * A student saves an answer to the full quiz, in the widget's ids; it is checked, in the bank's
   * ids, against the question, and replaces the last one.
   */
  async quizAnswer(studentId: string, questionId: string, value: unknown): Promise<Outcome<string>> {
    // As the student's page showed it: the widget's ids are positions in this order.
    const question = quizOrder(this.latest).byId.get(questionId)
    // A response of the question's shape comes back to the bank's ids; anything else goes on for `check` to refuse in words.
    const shaped = question ? v.safeParse(KINDS[question.kind].response, value) : undefined
    const response = question && shaped?.success ? fromShownResponse(question, CLASS_SEED, shaped.output as QuizResponse) : value
    const outcome = await this.submit({ type: 'quiz-answer', at: this.now(), studentId, questionId, response: response as QuizResponse })
    return outcome.ok ? { ok: true, value: questionId } : outcome
  }

  /** A student hands the full quiz in: no answer is taken after. */
  async handIn(studentId: string): Promise<Outcome<LiveState>> {
    return this.submit({ type: 'hand-in', at: this.now(), studentId })
  }

  /** The teacher marks a written answer, or changes the mark (the journal keeps each). */
  async mark(mark: { studentId: string, questionId: string, points: number, rubric: readonly boolean[], comment: string }): Promise<Outcome<LiveState>> {
    return this.submit({ type: 'mark', at: this.now(), ...mark, rubric: [...mark.rubric] })
  }

  /** The teacher chooses when students see their feedback. */
  async setFeedbackPolicy(policy: FeedbackPolicy): Promise<Outcome<LiveState>> {
    return this.submit({ type: 'feedback-policy', at: this.now(), policy })
  }

  /** The teacher releases the feedback to students who have handed in. */
  async release(): Promise<Outcome<LiveState>> {
    return this.submit({ type: 'release', at: this.now() })
  }

  /** Waits for every accepted event to be on disk, then closes the journal. */
  async close(): Promise<void> {
    await this.journal.close()
    this.listeners.clear()
  }
}
