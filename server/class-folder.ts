// Where a class's answers live: one folder per class, `classes/<YYYY-MM-DD-HHmm>/`, holding the
// journal (journal.jsonl) and class.json (the teacher code, when the class started), so that a
// restart within the lesson carries on with the same code and the same answers.
import { randomInt } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { JOURNAL_FILE } from './classroom'

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
  writeFileSync(`${path}.new`, `${JSON.stringify(info, null, 2)}\n`)
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

/** The class folder used most recently, if it was used within `withinMs` of `now`. */
export function recentClassFolder(classesDir: string, now: Date, withinMs = RESUME_WITHIN_MS): { dir: string, info: ClassInfo, lastUsed: Date } | undefined {
  if (!existsSync(classesDir))
    return undefined
  const classes = readdirSync(classesDir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(classesDir, entry.name)
      const info = readClassInfo(dir)
      const used = lastUsed(dir)
      return info && used ? [{ dir, info, lastUsed: used }] : []
    })
    .sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime())
  const [latest] = classes
  return latest && now.getTime() - latest.lastUsed.getTime() <= withinMs ? latest : undefined
}
