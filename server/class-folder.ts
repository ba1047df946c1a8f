// Where a class's answers live: one folder per class, `classes/<YYYY-MM-DD-HHmm>/`, holding the
// journal (journal.jsonl) and class.json (the teacher code, when the class started), so that a
// restart within the lesson carries on with the same code and the same answers.
import { randomInt } from 'node:crypto'
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import * as v from 'valibot'
import { JOURNAL_FILE } from './classroom'
import { PRIVATE_FILE } from './journal'

/** The file that describes a class, beside its journal. */
export const CLASS_INFO_FILE = 'class.json'

/** A class used this recently is continued, not started afresh: a lesson with a break. */
export const RESUME_WITHIN_MS = 4 * 60 * 60 * 1000

/** Letters and digits that cannot be misread aloud or on a board: no 0/O, no 1/I/L. */
export const TEACHER_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** Characters in a generated teacher code. */
export const TEACHER_CODE_LENGTH = 6

const ClassInfoSchema = v.object({
  /** The teacher code of this class. */
  teacherCode: v.pipe(v.string(), v.minLength(1)),
  /** When the class started, ISO 8601. */
  startedAt: v.pipe(v.string(), v.isoTimestamp()),
})

/** The teacher's sessions that were signed out, one id per line: they stay ended after a restart. */
export const ENDED_SESSIONS_FILE = 'signed-out.txt'

/** The ids of the teacher's sessions signed out in a class folder. */
export function readEndedSessions(dir: string): string[] {
  try {
    return readFileSync(join(dir, ENDED_SESSIONS_FILE), 'utf8').split('\n').map(line => line.trim()).filter(Boolean)
  }
  catch {
    return []
  }
}

/** Records a signed-out session, so that its cookie stays refused after a restart. */
export function recordEndedSession(dir: string, id: string): void {
  appendFileSync(join(dir, ENDED_SESSIONS_FILE), `${id}\n`, { mode: PRIVATE_FILE })
}

/** What class.json holds. */
export type ClassInfo = v.InferOutput<typeof ClassInfoSchema>

/** A new teacher code: six characters of {@link TEACHER_CODE_ALPHABET}, from a random source that can be fixed for tests. */
export function newTeacherCode(random: (max: number) => number = randomInt): string {
  let code = ''
  while (code.length < TEACHER_CODE_LENGTH)
    code += TEACHER_CODE_ALPHABET[random(TEACHER_CODE_ALPHABET.length)]
  return code
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A class folder's name from when it started, in local time: `2026-03-02-1005`. */
export function classFolderName(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`
}

/** A time of day as the teacher reads it: `10:05`. */
export function clockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** class.json of a class folder, if it is there and readable. */
export function readClassInfo(dir: string): ClassInfo | undefined {
  try {
    const parsed = v.safeParse(ClassInfoSchema, JSON.parse(readFileSync(join(dir, CLASS_INFO_FILE), 'utf8')))
    return parsed.success ? parsed.output : undefined
  }
  catch {
    return undefined
  }
}

/** Writes class.json whole or not at all (a new file renamed over the old one). */
export function writeClassInfo(dir: string, info: ClassInfo): void {
  const path = join(dir, CLASS_INFO_FILE)
  // It holds the teacher code: the owner's alone (chmod too, for a .new left by a crash).
  writeFileSync(`${path}.new`, `${JSON.stringify(info, null, 2)}\n`, { mode: PRIVATE_FILE })
  chmodSync(`${path}.new`, PRIVATE_FILE)
  renameSync(`${path}.new`, path)
}

/** A new class folder in `classesDir`, named for `now` (`-2`, `-3` … if taken), with its class.json. */
export function createClassFolder(classesDir: string, now: Date, teacherCode: string): string {
  const base = classFolderName(now)
  let dir = join(classesDir, base)
  for (let n = 2; existsSync(dir); n += 1)
    dir = join(classesDir, `${base}-${n}`)
  mkdirSync(dir, { recursive: true })
  writeClassInfo(dir, { teacherCode, startedAt: now.toISOString() })
  return dir
}

/** When a class folder was last written to: its journal, or its class.json. */
export function lastUsed(dir: string): Date | undefined {
  const times = [JOURNAL_FILE, CLASS_INFO_FILE].flatMap((file) => {
    try {
      return [statSync(join(dir, file)).mtimeMs]
    }
    catch {
      return []
    }
  })
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/** A class folder, as `recentClassFolder` finds it: its class.json, or why it cannot be read. */
export interface FoundClass {
  readonly dir: string
  /** Undefined when class.json is missing or damaged (see `problem`). */
  readonly info: ClassInfo | undefined
  /** What is wrong with class.json, in words, when `info` is undefined. */
  readonly problem?: string
  readonly lastUsed: Date
}

/** Why class.json cannot be used, or undefined when it can. */
function classInfoProblem(dir: string): string | undefined {
  const path = join(dir, CLASS_INFO_FILE)
  if (!existsSync(path))
    return `${path} is missing`
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  }
  catch (error) {
    return `${path} cannot be read (${(error as Error).message})`
  }
  const parsed = v.safeParse(ClassInfoSchema, json)
  return parsed.success ? undefined : `${path} is damaged: ${v.summarize(parsed.issues).split('\n')[0]}`
}

/**
 * The class folder used most recently, if it was used within `withinMs` of `now`. A folder with a
 * journal counts even when its class.json is missing or damaged: it is returned with `problem`, so
 * that the class is not silently replaced by a new one.
 */
export function recentClassFolder(classesDir: string, now: Date, withinMs = RESUME_WITHIN_MS): FoundClass | undefined {
  if (!existsSync(classesDir))
    return undefined
  const classes = readdirSync(classesDir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap((entry): FoundClass[] => {
      const dir = join(classesDir, entry.name)
      const used = lastUsed(dir)
      if (!used)
        return []
      const info = readClassInfo(dir)
      if (info)
        return [{ dir, info, lastUsed: used }]
      return existsSync(join(dir, JOURNAL_FILE)) ? [{ dir, info: undefined, problem: classInfoProblem(dir) ?? `${join(dir, CLASS_INFO_FILE)} cannot be used`, lastUsed: used }] : []
    })
    .sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime())
  const [latest] = classes
  return latest && now.getTime() - latest.lastUsed.getTime() <= withinMs ? latest : undefined
}

/** The file that says a server is running on a class folder: one server per class, one journal. */
export const LOCK_FILE = 'server.lock'

/** Who holds a class folder's lock. */
export interface LockHolder {
  readonly pid: number
  /** The address it serves the class at. */
  readonly url: string
  readonly startedAt: string
}

/** Whether a process with this id is running on this computer. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder
    return Number.isInteger(holder.pid) ? holder : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Takes a class folder for this server: `{ release }` to give it back when the server stops, or the
 * server that already holds it (still running). A lock left by a server that no longer runs (killed,
 * or the computer restarted) is taken over. The file is created exclusively, so two servers started
 * at the same moment cannot both take it.
 */
export function lockClassFolder(dir: string, url: string, pid = process.pid): { ok: true, release: () => void } | { ok: false, holder: LockHolder } {
  const path = join(dir, LOCK_FILE)
  const mine: LockHolder = { pid, url, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(mine)}\n`, { flag: 'wx', mode: PRIVATE_FILE })
      return {
        ok: true,
        release: () => {
          if (readLock(path)?.pid === pid)
            rmSync(path, { force: true })
        },
      }
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
      const holder = readLock(path)
      if (holder && holder.pid !== pid && running(holder.pid))
        return { ok: false, holder }
      // Left by a server that no longer runs (or unreadable): take it over.
      rmSync(path, { force: true })
    }
  }
  throw new Error(`could not take ${path}: another server keeps creating it`)
}
