import type { Buffer } from 'node:buffer'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../server/app'
import { CLASS_INFO_FILE } from '../server/class-folder'
import { JOURNAL_FILE } from '../server/classroom'
import { fixtures } from '../test/fixtures/questions'
import { tempDir, tempSite, TEST_CODE, testBank, testClassOptions } from '../test/support/server'
import { classBanner, exportClass, freePort, isStale, parseClassArgs, sourcesChangedAt } from './class'
import { root } from './lib/deck'

/** Reads a QR code drawn with half blocks in a terminal (light on dark) back into its text. */
function readTerminalQr(drawing: string): string | undefined {
  const rows = drawing.split('\n').filter(line => /[█▀▄]/.test(line)).map(line => [...line.trimStart()])
  const pixels = rows.flatMap(row => [row.map(c => c === '█' || c === '▀'), row.map(c => c === '█' || c === '▄')])
  const scale = 4
  const margin = 8
  const width = (Math.max(...pixels.map(r => r.length)) + 2 * margin) * scale
  const height = (pixels.length + 2 * margin) * scale
  const data = new Uint8ClampedArray(width * height * 4).fill(0)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const on = pixels[Math.floor(y / scale) - margin]?.[Math.floor(x / scale) - margin] ?? false
      const i = (y * width + x) * 4
      data.fill(on ? 255 : 0, i, i + 3)
      data[i + 3] = 255
    }
  }
  return jsQR(data, width, height)?.data
}

describe('parseClassArgs', () => {
  it('caps a class at 300 students unless told, and refuses a cap that is not a whole number', () => {
    expect(parseClassArgs([], {})).toMatchObject({ maxStudents: 300 })
    expect(parseClassArgs(['--max-students', '40'], {})).toMatchObject({ maxStudents: 40 })
    expect(() => parseClassArgs(['--max-students', 'lots'], {})).toThrow('--max-students must be a whole number of at least 1, not "lots"')
  })

  it('listens on every network on port 3000 unless told, and takes the code from the flag or the environment', () => {
    expect(parseClassArgs([], {})).toMatchObject({ port: 3000, host: '0.0.0.0', code: undefined, fresh: false, classesDir: 'classes' })
    expect(parseClassArgs([], { LESSON_TEACHER_CODE: ' room12 ' })).toMatchObject({ code: 'room12' })
    expect(parseClassArgs([], { LESSON_TEACHER_CODE: '' })).toMatchObject({ code: undefined })
    expect(parseClassArgs(['--code', 'FLAG99', '--new', '--port', '8080'], { LESSON_TEACHER_CODE: 'ENV123' })).toMatchObject({ code: 'FLAG99', fresh: true, port: 8080 })
  })

  it.each([
    [['--port', 'eighty']],
    [['--code', 'ab']],
    [['--prot', '80']],
  ])('refuses %j', (argv) => {
    expect(() => parseClassArgs(argv, {})).toThrow(TypeError)
  })
})

describe('classBanner', () => {
  const banner = classBanner({
    base: 'http://192.168.1.20:3000',
    otherAddresses: ['10.0.0.5'],
    teacherCode: 'K7MPQ4',
    classDir: 'classes/2026-03-02-1005',
    continued: undefined,
    presenter: true,
    onNetwork: true,
  })

  it('gives the projector, presenter, join, quiz and teacher addresses on the laptop\'s network address, the code and the folder', () => {
    expect(banner).toContain('Projector (the deck):   http://192.168.1.20:3000/\n')
    expect(banner).toContain('Presenter view:         http://192.168.1.20:3000/teacher/sign-in?next=/presenter')
    expect(banner).toContain('Students join at:       http://192.168.1.20:3000/join\n')
    expect(banner).toContain('The full quiz:          http://192.168.1.20:3000/quiz ')
    expect(banner).toContain('Results and marking:    http://192.168.1.20:3000/teacher ')
    expect(banner).toContain('Teacher code:           K7MPQ4')
    expect(banner).toContain('Answers are saved in:   classes/2026-03-02-1005/')
    expect(banner).toContain('http://10.0.0.5:3000/')
    expect(banner).not.toContain('localhost')
  })

  it('draws a QR code that a phone reads as the join address', () => {
    expect(readTerminalQr(banner)).toBe('http://192.168.1.20:3000/join')
  })
})

describe('exportClass', () => {
  it('writes the same four files as the teacher\'s page downloads, without a server', async () => {
    const quiz = [fixtures.single, fixtures.open]
    const options = testClassOptions({ quiz })
    const app = buildApp(options)
    const teacher = { 'x-teacher-code': TEST_CODE }
    const li = (await app.inject({ method: 'POST', url: '/api/join', payload: { nickname: 'Li' } })).json()
    const student = { authorization: `Bearer ${li.token}` }
    await app.inject({ method: 'POST', url: '/api/teacher/open', headers: teacher, payload: { questionId: fixtures.single.id } })
    await app.inject({ method: 'POST', url: '/api/answer', headers: student, payload: { questionId: fixtures.single.id, response: { kind: 'single', optionId: 'baidu' } } })
    await app.inject({ method: 'POST', url: '/api/quiz/answer', headers: student, payload: { questionId: fixtures.open.id, response: { kind: 'open', text: '=SUM(A1) was the 2021 fine' } } })
    await app.inject({ method: 'POST', url: '/api/quiz/hand-in', headers: student })
    await app.inject({ method: 'POST', url: '/api/teacher/marks', headers: teacher, payload: { studentId: li.studentId, questionId: fixtures.open.id, points: 2, rubric: fixtures.open.rubric.map(() => true) } })
    const served: Record<string, string> = {
      'results.csv': (await app.inject({ method: 'GET', url: '/api/teacher/results.csv', headers: teacher })).body,
    }
    for (const file of ['students.csv', 'answers.csv', 'gradebook.csv'])
      served[file] = (await app.inject({ method: 'GET', url: `/api/teacher/report/${file}`, headers: teacher })).body
    await app.close()
    const out = join(tempDir('export'), 'files')
    const said = exportClass(options.classDir, { out, questions: testBank, quiz })
    expect(said).toBe([
      `Wrote ${join(out, 'results.csv')}: 1 student, 1 question asked live.`,
      `Wrote ${['students.csv', 'answers.csv', 'gradebook.csv'].map(f => join(out, f)).join(', ')}: the report from the full quiz, 1 hand-in.`,
    ].join('\n'))
    for (const [file, text] of Object.entries(served))
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(text)
    expect(readFileSync(join(out, 'gradebook.csv'), 'utf8')).toContain('Li,2,4')
    expect(readFileSync(join(out, 'answers.csv'), 'utf8')).toContain('\'=SUM(A1)')
    // Asked for the live questions, the report counts those instead.
    exportClass(options.classDir, { out, source: 'live', questions: testBank, quiz })
    expect(readFileSync(join(out, 'gradebook.csv'), 'utf8')).toContain('Li,1,1')
  })

  it('refuses a folder that holds no class', () => {
    expect(() => exportClass(tempDir('empty'), { questions: testBank })).toThrow(/no journal\.jsonl/)
  })
})

describe('sourcesChangedAt', () => {
  it('follows the lesson\'s build inputs, not the files a teacher writes into the project folder', () => {
    const project = tempDir('project')
    const at = (minutes: number): Date => new Date(2026, 2, 2, 10, minutes)
    for (const input of ['slides.md', 'pages/part-1.md', 'scripts/build.ts', 'quiz/bank.ts'])
      writeAt(join(project, input), at(0))
    expect(sourcesChangedAt(project)).toBe(at(0).getTime())
    // The Moodle file, the answer key, a class folder, a test: the site is still up to date.
    for (const other of ['quiz.gift', 'answer-key.md', 'classes/2026-03-02-1005/journal.jsonl', 'quiz/bank.test.ts'])
      writeAt(join(project, other), at(30))
    expect(sourcesChangedAt(project)).toBe(at(0).getTime())
    // A slide changed: it is not.
    writeAt(join(project, 'pages/part-1.md'), at(45))
    expect(sourcesChangedAt(project)).toBe(at(45).getTime())
  })
})

describe('isStale', () => {
  it('takes a missing build, or one older than the sources, as out of date', () => {
    const site = tempSite()
    const built = new Date(2026, 2, 2, 10, 0)
    utimesSync(join(site, 'index.html'), built, built)
    expect(isStale(site, built.getTime() + 1000)).toBe(true)
    expect(isStale(site, built.getTime() - 1000)).toBe(false)
    expect(isStale(join(site, 'none'), 0)).toBe(true)
  })
})

/** Writes a file (and its folders), dated `date`. */
function writeAt(path: string, date: Date): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, 'x')
  utimesSync(path, date, date)
}

const running: ChildProcessWithoutNullStreams[] = []

afterEach(() => {
  for (const child of running.splice(0))
    child.kill('SIGKILL')
})

function runClass(args: string[]): { child: ChildProcessWithoutNullStreams, output: () => string, exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/class.ts', ...args], { cwd: root, env: { ...process.env, LESSON_TEACHER_CODE: '' } })
  running.push(child)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  return { child, output: () => output, exited }
}

async function until(check: () => boolean, what: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what()}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

describe('npm run class', () => {
  it('fails with one line naming the busy port and --port', async () => {
    const busy = createServer()
    await new Promise<void>(ok => busy.listen(0, '127.0.0.1', ok))
    const port = (busy.address() as { port: number }).port
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/class.ts', '--host', '127.0.0.1', '--port', String(port), '--site', tempSite()], { cwd: root, encoding: 'utf8' })
    busy.close()
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(`port ${port} is already in use`)
    expect(run.stderr).toContain(`--port ${port + 1}`)
  })

  it('serves a class, stops cleanly on Ctrl+C with every answer saved, and continues it with the same code', { timeout: 60_000 }, async () => {
    const classes = tempDir('classes')
    const site = tempSite()
    const port = await freePort('127.0.0.1', 0)
    const args = ['--site', site, '--classes', classes, '--host', '127.0.0.1', '--port', String(port)]
    const first = runClass(args)
    await until(() => first.output().includes('Teacher code:'), () => `the banner; the output was:\n${first.output()}`)
    const code = /Teacher code: +(\S+)/.exec(first.output())?.[1] ?? ''
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/)
    const base = `http://127.0.0.1:${port}`
    // The advice for a busy port, followed while this class runs: a second server on the same class
    // is refused, naming the first; no second journal writer, no new class.
    const otherPort = await freePort('127.0.0.1', 0)
    const second = runClass(['--site', site, '--classes', classes, '--host', '127.0.0.1', '--port', String(otherPort)])
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain(`class: this class is already running, at ${base} (process ${first.child.pid}`)
    expect(second.output()).toContain(`kill ${first.child.pid}`)
    expect(readdirSync(classes)).toHaveLength(1)
    const student = await (await fetch(`${base}/api/join`, { method: 'POST' })).json()
    // The server's bank is the real one: ask its first live single question.
    const { bank } = await import('../quiz/bank')
    const question = bank.find(q => q.kind === 'single')!
    await fetch(`${base}/api/teacher/open`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-teacher-code': code }, body: JSON.stringify({ questionId: question.id }) })
    const optionId = question.kind === 'single' ? question.options[0]!.id : ''
    const answered = await fetch(`${base}/api/answer`, { method: 'POST', headers: { 'content-type': 'application/json', 'authorization': `Bearer ${student.token}` }, body: JSON.stringify({ questionId: question.id, response: { kind: 'single', optionId } }) })
    expect(answered.status).toBe(200)
    first.child.kill('SIGINT')
    expect(await first.exited).toBe(0)
    expect(first.output()).toMatch(/Stopped\. Saved in .+\/: 1 answer from 1 student\./)
    const [folder] = readdirSync(classes)
    expect(readFileSync(join(classes, folder!, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(3)
    // The answers and the teacher code are the teacher's alone.
    for (const file of [JOURNAL_FILE, CLASS_INFO_FILE])
      expect((statSync(join(classes, folder!, file)).mode & 0o777).toString(8), file).toBe('600')

    const again = runClass(args)
    await until(() => again.output().includes('Teacher code:'), () => `the second banner; the output was:\n${again.output()}`)
    expect(again.output()).toMatch(/Continuing the class started at \d\d:\d\d — 1 answer so far, 1 student joined\./)
    expect(again.output()).toContain(`Teacher code:           ${code}`)
    again.child.kill('SIGTERM')
    expect(await again.exited).toBe(0)
    expect(readdirSync(classes)).toEqual([folder])

    // A damaged class.json: refused, naming the file and both ways on, and no new class in its place.
    writeFileSync(join(classes, folder!, CLASS_INFO_FILE), '{"teacherCode": "K7M')
    const refused = runClass(args)
    expect(await refused.exited).toBe(1)
    expect(refused.output()).toContain(`${CLASS_INFO_FILE} cannot be read`)
    expect(refused.output()).toContain('npm run class -- --code <the code>')
    expect(refused.output()).toContain('npm run class -- --new')
    expect(readdirSync(classes)).toEqual([folder])
    // With a code, the same class goes on, its answers kept.
    const third = runClass([...args, '--code', 'NEW234'])
    await until(() => third.output().includes('Teacher code:'), () => `the third banner; the output was:\n${third.output()}`)
    expect(third.output()).toMatch(/Continuing the class started at \d\d:\d\d — 1 answer so far, 1 student joined\./)
    third.child.kill('SIGTERM')
    expect(await third.exited).toBe(0)
    expect(JSON.parse(readFileSync(join(classes, folder!, CLASS_INFO_FILE), 'utf8'))).toMatchObject({ teacherCode: 'NEW234' })
    expect(readdirSync(classes)).toEqual([folder])
  })
})
