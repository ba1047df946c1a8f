// `npm run bench:class`: the classroom server under a class's load, measured, not asserted.
// Starts `npm run class` on loopback in a child process with a temporary class folder, connects
// N simulated students (default 500), each with its own event stream, opens a question, has
// every student answer within 2 seconds, reveals, and prints the figures beside their budgets.
// Then kills the server (SIGKILL) in the middle of a second burst, restarts it on the same
// folder, and counts the acknowledged answers that survived. Last, the full quiz handed in: every
// student answers every question of it at their own pace and hands in, all within 2 minutes, and
// the teacher's report on them is timed.
import type { ChildProcess } from 'node:child_process'
import type { ChoiceShown } from '../quiz/kinds/choice'
import type { LiveQuestion, LiveResponse, StudentState, TeacherSummary } from '../quiz/live/protocol'
import type { ClassQuiz } from '../quiz/live/quiz-protocol'
import type { ClassReport } from '../quiz/live/report'
import type { ShownQuestion } from '../quiz/present'
import type { QuizResponse, ShownOf } from '../quiz/types'
import type { EventStreamClient } from '../test/support/event-stream-client'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { bank } from '../quiz/bank'
import { isLiveQuestion, publicQuestion } from '../quiz/live/protocol'
import { JOURNAL_FILE } from '../server/classroom'
import { connectEventStream } from '../test/support/event-stream-client'
import { freePort } from './class'
import { root } from './lib/deck'

const CODE = 'BENCH7'
const SPREAD_MS = 2000
const BUDGET = { p99Ms: 200, revealMs: 1000, handInP99Ms: 500, reportMs: 1000 }
/** The full quiz: every student's answers and hand-in within this time. */
const HAND_IN_WINDOW_MS = 120_000

const agent = new Agent({ keepAlive: true, maxSockets: 256 })

interface Reply {
  readonly status: number
  readonly body: any
  readonly ms: number
}

function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      method,
      agent,
      headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }), ...headers },
    }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
      })
      res.on('end', () => {
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        }
        catch {}
        resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - started })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(payload)
  })
}

interface Server {
  readonly child: ChildProcess
  readonly base: string
  readonly output: () => string
}

async function startServer(site: string, classes: string, port: number, fresh: boolean): Promise<Server> {
  const args = ['--import', 'tsx', 'scripts/class.ts', '--site', site, '--classes', classes, '--host', '127.0.0.1', '--port', String(port), '--code', CODE]
  const child = spawn(process.execPath, fresh ? [...args, '--new'] : args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const base = `http://127.0.0.1:${port}`
  const deadline = performance.now() + 30_000
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    const ok = await call(base, 'GET', '/api/info').then(r => r.status === 200, () => false)
    if (ok)
      return { child, base, output: () => output }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`the server did not answer within 30 s:\n${output}`)
}

const VM_HWM = /VmHWM:\s+(\d+)/

/** The server's peak resident memory so far, from the kernel. */
function peakMemory(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(VM_HWM.exec(status)?.[1])
    return `${(kb / 1024).toFixed(0)} MB`
  }
  catch {
    return 'unknown (no /proc)'
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] ?? Number.NaN
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'OVER'
}

function someResponse(question: LiveQuestion, i: number): LiveResponse {
  const options = publicQuestion(question).options
  switch (question.kind) {
    case 'single': return { kind: 'single', optionId: options[i % options.length]!.id }
    case 'multiple': return { kind: 'multiple', optionIds: [options[i % options.length]!.id] }
    case 'true-false': return { kind: 'true-false', value: i % 2 === 0 }
  }
}

/** Every student answers once, at a random moment within the spread; resolves with each reply (or the error). */
function burst(base: string, question: LiveQuestion, tokens: readonly string[], onReply?: (i: number, reply: Reply) => void, spreadMs = SPREAD_MS): Promise<(Reply | Error)[]> {
  return Promise.all(tokens.map((token, i) => new Promise<Reply | Error>((resolve) => {
    setTimeout(() => {
      call(base, 'POST', '/api/answer', { questionId: question.id, response: someResponse(question, i) }, { authorization: `Bearer ${token}` })
        .then((reply) => {
          onReply?.(i, reply)
          resolve(reply)
        }, (error: Error) => resolve(error))
    }, Math.random() * spreadMs)
  })))
}

/** Some answer to a question as a student's page shows it (its widget's ids), varied by student. */
function someShownResponse(question: ShownQuestion, i: number): QuizResponse {
  const { shown } = question
  switch (question.kind) {
    case 'single': return { kind: 'single', optionId: (shown as ChoiceShown).options[i % (shown as ChoiceShown).options.length]!.id }
    case 'multiple': return { kind: 'multiple', optionIds: [(shown as ChoiceShown).options[i % (shown as ChoiceShown).options.length]!.id] }
    case 'true-false': return { kind: 'true-false', value: i % 2 === 0 }
    case 'matching': {
      const { items, choices } = shown as ShownOf<'matching'>
      return { kind: 'matching', matches: Object.fromEntries(items.map((item, j) => [item.id, choices[(i + j) % choices.length]!.id])) }
    }
    case 'ordering': {
      const ids = (shown as ShownOf<'ordering'>).items.map(item => item.id)
      return { kind: 'ordering', order: i % 2 === 0 ? ids : [...ids].reverse() }
    }
    case 'short': return { kind: 'short', text: i % 3 === 0 ? 'demographic dividend' : 'no idea' }
    case 'numeric': return { kind: 'numeric', text: String(i % 100) }
    case 'open': return { kind: 'open', text: `Student ${i + 1}: the 2021 fine tested the anti-monopoly claim.` }
  }
}

interface HandInRun {
  readonly answerMs: number[]
  readonly handInMs: number[]
  readonly sent: number
  readonly acknowledged: number
  readonly handInsSent: number
  readonly handInsAcknowledged: number
  readonly failures: string[]
  readonly elapsedMs: number
}

/**
 * The full quiz as a class takes it: each student fetches it, answers every question in order at
 * moments spread over the window (one request at a time, as a phone sends them), then hands in.
 */
async function handInRun(base: string, tokens: readonly string[]): Promise<HandInRun> {
  const answerMs: number[] = []
  const handInMs: number[] = []
  const failures: string[] = []
  let sent = 0
  let acknowledged = 0
  let handInsAcknowledged = 0
  const started = performance.now()
  await Promise.all(tokens.map(async (token, i) => {
    const auth = { authorization: `Bearer ${token}` }
    const quiz = await call(base, 'GET', '/api/quiz', undefined, auth)
    if (quiz.status !== 200) {
      failures.push(`GET /api/quiz: ${quiz.status}`)
      return
    }
    const questions = (quiz.body as ClassQuiz).questions
    // When each answer is given: random moments in the window, the hand-in last.
    const moments = questions.map(() => Math.random() * (HAND_IN_WINDOW_MS - 5000)).sort((a, b) => a - b)
    for (const [j, question] of questions.entries()) {
      const wait = started + moments[j]! - performance.now()
      if (wait > 0)
        await new Promise(resolve => setTimeout(resolve, wait))
      sent += 1
      const reply = await call(base, 'POST', '/api/quiz/answer', { questionId: question.id, response: someShownResponse(question, i) }, auth).catch((error: Error) => error)
      if (reply instanceof Error || reply.status !== 200) {
        failures.push(reply instanceof Error ? reply.message : `answer ${reply.status}: ${JSON.stringify(reply.body)}`)
        continue
      }
      acknowledged += 1
      answerMs.push(reply.ms)
    }
    const reply = await call(base, 'POST', '/api/quiz/hand-in', undefined, auth).catch((error: Error) => error)
    if (reply instanceof Error || reply.status !== 200) {
      failures.push(reply instanceof Error ? reply.message : `hand-in ${reply.status}: ${JSON.stringify(reply.body)}`)
      return
    }
    handInsAcknowledged += 1
    handInMs.push(reply.ms)
  }))
  return { answerMs, handInMs, sent, acknowledged, handInsSent: tokens.length, handInsAcknowledged, failures, elapsedMs: performance.now() - started }
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...argv], options: { students: { type: 'string', default: '500' } }, strict: true })
  const students = Number(values.students)
  if (!Number.isInteger(students) || students < 1)
    throw new TypeError(`--students must be a positive whole number, not "${values.students}"`)
  const fullQuiz = bank
  const live = bank.filter(isLiveQuestion)
  const first = live.find(q => q.kind === 'single') ?? live[0]
  const second = live.find(q => q.kind === 'true-false') ?? live[1]
  const third = live.find(q => q.kind === 'multiple') ?? live[2]
  if (!first || !second || !third)
    throw new Error('the bank needs three live questions')

  const tmp = mkdtempSync(join(tmpdir(), 'bench-class-'))
  const site = join(tmp, 'site')
  mkdirSync(site)
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>')
  const classes = join(tmp, 'classes')
  const port = await freePort('127.0.0.1', 0)
  const teacher = { 'x-teacher-code': CODE }
  const rows: [string, string, string][] = []

  console.log(`Starting the server on 127.0.0.1:${port} with ${students} simulated students …`)
  let server = await startServer(site, classes, port, true)
  const joins = await Promise.all(Array.from({ length: students }, (_, i) => call(server.base, 'POST', '/api/join', { nickname: `S${i + 1}` })))
  const refusedJoins = joins.filter(j => j.status !== 200).length
  if (refusedJoins > 0)
    throw new Error(`${refusedJoins} joins were refused: ${JSON.stringify(joins.find(j => j.status !== 200)?.body)}`)
  const tokens = joins.map(j => String(j.body.token))

  const revealedAt = Array.from<number | undefined>({ length: students })
  const openedAt = Array.from<number | undefined>({ length: students })
  const streamsStarted = performance.now()
  const streams: EventStreamClient[] = await Promise.all(tokens.map((token, i) => connectEventStream(`${server.base}/api/events?token=${token}`, {
    onState: (state, at) => {
      const { phase } = state as StudentState
      if (phase === 'open')
        openedAt[i] ??= at
      if (phase === 'revealed')
        revealedAt[i] ??= at
    },
  })))
  await Promise.all(streams.map(s => s.waitFor(() => true, 10_000)))
  rows.push(['event streams connected', `${students} in ${(performance.now() - streamsStarted).toFixed(0)} ms`, ''])

  const openSent = performance.now()
  await call(server.base, 'POST', '/api/teacher/open', { questionId: first.id }, teacher)
  await Promise.all(streams.map(s => s.waitFor<StudentState>(state => state.phase === 'open', 10_000)))
  rows.push(['open reaches every student', `${(Math.max(...openedAt.map(t => t ?? Number.NaN)) - openSent).toFixed(0)} ms`, ''])

  const burstStarted = performance.now()
  const replies = await burst(server.base, first, tokens)
  const burstEnded = performance.now()
  const accepted = replies.filter((r): r is Reply => !(r instanceof Error) && r.status === 200)
  const latencies = accepted.map(r => r.ms).sort((a, b) => a - b)
  const p50 = percentile(latencies, 50)
  const p99 = percentile(latencies, 99)
  rows.push(['answers per second', `${(accepted.length / ((burstEnded - burstStarted) / 1000)).toFixed(0)} (${students} answers spread over ${SPREAD_MS / 1000} s)`, ''])
  rows.push(['answer latency p50', `${p50.toFixed(1)} ms`, ''])
  rows.push(['answer latency p99', `${p99.toFixed(1)} ms`, `${verdict(p99 < BUDGET.p99Ms)} (budget < ${BUDGET.p99Ms} ms)`])

  const revealSent = performance.now()
  await call(server.base, 'POST', '/api/teacher/reveal', { questionId: first.id }, teacher)
  await Promise.all(streams.map(s => s.waitFor<StudentState>(state => state.phase === 'revealed', 10_000).catch(() => undefined)))
  const reached = revealedAt.filter(t => t !== undefined)
  const revealMs = Math.max(...reached) - revealSent
  rows.push(['reveal reaches every student', `${revealMs.toFixed(0)} ms (${reached.length} of ${students})`, `${verdict(reached.length === students && revealMs < BUDGET.revealMs)} (budget < ${BUDGET.revealMs} ms to all)`])

  const [folder] = readdirSync(classes)
  const journalPath = join(classes, folder ?? '', JOURNAL_FILE)
  const answerLines = () => readFileSync(journalPath, 'utf8').split('\n').filter(line => line.includes('"type":"answer"')).length
  const summary = (await call(server.base, 'GET', '/api/teacher/summary', undefined, teacher)).body as TeacherSummary
  const counted = summary.questions.find(q => q.id === first.id)?.answered ?? 0
  const lines = answerLines()
  rows.push(['answers: sent / accepted / journal lines / counted', `${students} / ${accepted.length} / ${lines} / ${counted}`, verdict(accepted.length === students && lines === students && counted === students)])

  // Headroom: every student answering in the same instant.
  await call(server.base, 'POST', '/api/teacher/open', { questionId: third.id }, teacher)
  const allAtOnce = performance.now()
  const rush = (await burst(server.base, third, tokens, undefined, 0)).filter((r): r is Reply => !(r instanceof Error) && r.status === 200)
  const rushMs = performance.now() - allAtOnce
  const rushP99 = percentile(rush.map(r => r.ms).sort((a, b) => a - b), 99)
  rows.push(['all answering at once (headroom)', `${rush.length} accepted in ${rushMs.toFixed(0)} ms (${(rush.length / (rushMs / 1000)).toFixed(0)}/s), p99 ${rushP99.toFixed(0)} ms`, ''])
  rows.push(['server peak memory (VmHWM)', peakMemory(server.child.pid), ''])

  // The crash: a second burst, and SIGKILL half-way through it.
  await call(server.base, 'POST', '/api/teacher/open', { questionId: second.id }, teacher)
  const acknowledged = new Map<string, LiveResponse>()
  const ids = joins.map(j => String(j.body.studentId))
  const crashBurst = burst(server.base, second, tokens, (i, reply) => {
    if (reply.status === 200)
      acknowledged.set(ids[i]!, reply.body.answer as LiveResponse)
  })
  await new Promise(resolve => setTimeout(resolve, SPREAD_MS / 2))
  server.child.kill('SIGKILL')
  const killedAt = acknowledged.size
  await crashBurst
  for (const stream of streams)
    stream.close()
  if (server.child.exitCode === null && server.child.signalCode === null)
    await once(server.child, 'exit')

  server = await startServer(site, classes, port, false)
  const after = (await call(server.base, 'GET', '/api/teacher/summary', undefined, teacher)).body as TeacherSummary
  const byId = new Map(after.students.map(s => [s.studentId, s]))
  let survived = 0
  for (const [studentId, response] of acknowledged) {
    if (JSON.stringify(byId.get(studentId)?.answers[second.id]?.response) === JSON.stringify(response))
      survived += 1
  }
  const stored = after.questions.find(q => q.id === second.id)?.answered ?? 0
  rows.push(['SIGKILL mid-burst: acknowledged answers that survived', `${survived} of ${acknowledged.size} (killed after ${killedAt} acks; ${stored - survived} more were on disk but not yet acknowledged)`, verdict(survived === acknowledged.size)])
  const firstQuestionAfter = after.questions.find(q => q.id === first.id)?.answered ?? 0
  rows.push(['first question\'s answers after the restart', `${firstQuestionAfter} of ${accepted.length}`, verdict(firstQuestionAfter === accepted.length)])

  // The full quiz handed in: every student answers all of it and hands in within the window.
  const quizLength = fullQuiz.length
  console.log(`The full quiz: ${students} students answer ${quizLength} questions each and hand in, within ${HAND_IN_WINDOW_MS / 1000} s …`)
  const run = await handInRun(server.base, tokens)
  const answerSorted = [...run.answerMs].sort((a, b) => a - b)
  const handInSorted = [...run.handInMs].sort((a, b) => a - b)
  const quizLines = readFileSync(journalPath, 'utf8').split('\n')
  const journaledAnswers = quizLines.filter(line => line.includes('"type":"quiz-answer"')).length
  const journaledHandIns = quizLines.filter(line => line.includes('"type":"hand-in"')).length
  const reportStarted = performance.now()
  const reported = await call(server.base, 'GET', '/api/teacher/report?source=quiz', undefined, teacher)
  const reportMs = performance.now() - reportStarted
  const report = reported.body as ClassReport
  const onReport = report.items.reduce((sum, item) => sum + item.answered, 0)
  const handedInOnReport = report.students.filter(student => student.handedInAt !== undefined).length
  const csvStarted = performance.now()
  const csv = await call(server.base, 'GET', '/api/teacher/report/answers.csv?source=quiz', undefined, teacher)
  const csvMs = performance.now() - csvStarted
  const expected = students * quizLength
  rows.push(['full quiz: answers p50 / p99', `${percentile(answerSorted, 50).toFixed(1)} / ${percentile(answerSorted, 99).toFixed(1)} ms (${run.acknowledged} in ${(run.elapsedMs / 1000).toFixed(0)} s)`, `${verdict(percentile(answerSorted, 99) < BUDGET.p99Ms)} (budget p99 < ${BUDGET.p99Ms} ms)`])
  rows.push(['full quiz: hand-in p50 / p99', `${percentile(handInSorted, 50).toFixed(1)} / ${percentile(handInSorted, 99).toFixed(1)} ms`, `${verdict(percentile(handInSorted, 99) < BUDGET.handInP99Ms)} (budget p99 < ${BUDGET.handInP99Ms} ms)`])
  rows.push(['full quiz: answers sent / acknowledged / journaled / on the report', `${run.sent} / ${run.acknowledged} / ${journaledAnswers} / ${onReport}`, `${verdict(run.sent === expected && run.acknowledged === expected && journaledAnswers === expected && onReport === expected)} (0 lost)`])
  rows.push(['full quiz: hand-ins sent / acknowledged / journaled / on the report', `${run.handInsSent} / ${run.handInsAcknowledged} / ${journaledHandIns} / ${handedInOnReport}`, verdict(run.handInsAcknowledged === students && journaledHandIns === students && handedInOnReport === students)])
  rows.push([`full quiz: the report on ${students} students`, `${reportMs.toFixed(0)} ms (${(Buffer.byteLength(JSON.stringify(report)) / 1024).toFixed(0)} KB); answers.csv ${csvMs.toFixed(0)} ms (${(Buffer.byteLength(String(csv.body)) / 1024).toFixed(0)} KB)`, `${verdict(reported.status === 200 && reportMs < BUDGET.reportMs)} (budget < ${BUDGET.reportMs} ms)`])
  if (run.failures.length > 0)
    rows.push(['full quiz: refused or failed requests', `${run.failures.length}, first: ${run.failures[0]}`, 'OVER'])
  rows.push(['server peak memory after the full quiz (VmHWM)', peakMemory(server.child.pid), ''])

  const stopStarted = performance.now()
  server.child.kill('SIGTERM')
  const exitCode = await new Promise<number | null>(resolve => server.child.once('exit', code => resolve(code)))
  rows.push(['clean stop (SIGTERM)', `exit code ${exitCode} in ${(performance.now() - stopStarted).toFixed(0)} ms`, verdict(exitCode === 0)])
  agent.destroy()
  rmSync(tmp, { recursive: true, force: true })

  const width = Math.max(...rows.map(([name]) => name.length))
  const valueWidth = Math.max(...rows.map(([, value]) => value.length))
  console.log('')
  for (const [name, value, mark] of rows)
    console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${mark}`.trimEnd())
}

await main(process.argv.slice(2))
