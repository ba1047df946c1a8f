// No key on a student's device while it counts: everything the classroom server sends a student, and
// the projector without the teacher's cookie, is searched for the answers of every question (a right
// option marked as right, an accepted answer, a marking guide and its quality levels, a sample
// answer, an explanation, the feedback of an option). The site is built as `npm run class` builds
// it (`--class`, production).
import type { RunningClassServer } from '../server/start'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bank, liveBank } from '../quiz/bank'
import { root } from '../scripts/lib/deck'
import { startClassServer } from '../server/start'
import { teacherDistDir } from './support/dirs'
import { connectEventStream } from './support/event-stream-client'

const CODE = 'K7MPQ4'
const COMPRESSED = /\.(?:br|gz)$/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : COMPRESSED.test(name) ? [] : [path]
  })
}

/** Every trace of a question's answer that may not reach a student, each with a name for the failure message. */
let memo: { what: string, pattern: RegExp | string }[] | undefined

function keys(): { what: string, pattern: RegExp | string }[] {
  if (memo)
    return memo
  // An option's feedback that is the lesson's own sentence (a later event's bearing, in content/) is
  // on a slide for everyone to read, so it is no key.
  const taught = files(join(root, 'content')).map(path => readFileSync(path, 'utf8').replaceAll('\\\'', '\'')).join('\n')
  const found: { what: string, pattern: RegExp | string }[] = [
    { what: 'an option marked right', pattern: /correct\s*:\s*(?:!0|true)|"correct"\s*:\s*true/ },
    { what: 'a list of accepted answers', pattern: /accepted\s*:\s*\[|"accepted"\s*:\s*\[/ },
    { what: 'an explanation', pattern: 'Taught on the slide' },
  ]
  for (const question of [...liveBank, ...bank]) {
    if (question.kind === 'open') {
      found.push({ what: `${question.id}: its sample answer`, pattern: question.sample })
      for (const point of question.rubric)
        found.push({ what: `${question.id}: its marking guide`, pattern: point })
      for (const level of question.levels)
        found.push({ what: `${question.id}: its quality levels`, pattern: level.means })
    }
    if (question.kind === 'single' || question.kind === 'multiple') {
      for (const option of question.options) {
        if (option.feedback && option.feedback.length >= 20 && !taught.includes(option.feedback))
          found.push({ what: `${question.id}: the feedback of ${option.id}`, pattern: option.feedback })
      }
    }
  }
  memo = found
  return found
}

/** The first state an event stream sends, as its text. */
async function firstState(url: string): Promise<string> {
  const stream = await connectEventStream(url)
  try {
    return JSON.stringify(await stream.waitFor(() => true, 60_000))
  }
  finally {
    stream.close()
  }
}

function hits(text: string): string[] {
  return keys().filter(({ pattern }) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text))).map(k => k.what)
}

describe('a class-mode site served by the classroom server', () => {
  let site: string
  let server: RunningClassServer

  beforeAll(async () => {
    site = join(mkdtempSync(join(tmpdir(), 'lesson-class-site-')), 'site')
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--out', site, '--class'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    server = await startClassServer({
      bank: liveBank,
      quiz: bank,
      siteDir: site,
      teacherDeckDir: teacherDistDir,
      classDir: join(mkdtempSync(join(tmpdir(), 'lesson-class-')), 'class'),
      teacherCode: CODE,
      joinUrl: 'http://127.0.0.1/join',
    })
  })

  afterAll(async () => {
    await server?.close()
    if (site)
      rmSync(join(site, '..'), { recursive: true, force: true })
  })

  it('sends a student no file that holds an answer: every page, script, style and the deck\'s slides', async () => {
    const problems: string[] = []
    const served = files(site)
    expect(served.length).toBeGreaterThan(20)
    for (const path of served) {
      const url = `/${relative(site, path).split('\\').join('/')}`
      const res = await fetch(`${server.url}${url}`, { headers: { 'accept-encoding': 'identity' } })
      const text = await res.text()
      problems.push(...hits(text).map(what => `${url}: ${what}`))
    }
    // The pages a person opens by their address, as the server answers them.
    for (const url of ['/', '/quick-checks', '/quick-check-1', '/join', '/quiz', '/presenter/1', '/handout']) {
      const res = await fetch(`${server.url}${url}`)
      problems.push(...hits(await res.text()).map(what => `${url}: ${what}`))
    }
    expect(problems).toEqual([])
  })

  it('sends a student\'s phone and the quiz page questions without their answers, and the projector none before the reveal', async () => {
    const join = await (await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as { token: string }
    const auth = { authorization: `Bearer ${join.token}` }
    const teacher = { 'x-teacher-code': CODE, 'content-type': 'application/json' }
    await fetch(`${server.url}/api/teacher/open`, { method: 'POST', headers: teacher, body: JSON.stringify({ questionId: 'practice-inke' }) })
    const replies = [
      await (await fetch(`${server.url}/api/quiz`, { headers: auth })).text(),
      await (await fetch(`${server.url}/api/info`)).text(),
      await firstState(`${server.url}/api/events?token=${join.token}`),
      await firstState(`${server.url}/api/projector/events`),
    ]
    expect(replies.flatMap(hits)).toEqual([])
    expect(replies.join('\n')).toContain('practice-inke')
  })
})
