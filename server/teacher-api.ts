// The teacher's API (under /api/teacher) and the one page the server itself serves: a sign-in
// form for the teacher code, so the presenter view can be reached before any other page is built.
import type { FastifyPluginAsync } from 'fastify'
import type * as v from 'valibot'
import type { TeacherReply } from '../quiz/live/protocol'
import type { ApiOptions } from './api-options'
import { RemoveRequestSchema, TEACHER_ACTIONS, TeacherRequestSchema, TeacherSessionRequestSchema } from '../quiz/live/protocol'
import { teacherSummary } from '../quiz/live/views'
import { palette } from '../styles/palette'
import { REFUSAL_STATUS } from './api-options'
import { classResultsCsv } from './results-csv'
import { studentGroup } from './streams'
import { TeacherGate } from './teacher-gate'
import { teacherQuizApi } from './teacher-quiz-api'

const NOT_FILE_NAME = /[^\w-]/g
const HTML_SPECIAL = /[&<>"']/g

const NEEDS_CODE = 'this needs the teacher code: send it in the x-teacher-code header, or sign in once at /teacher/sign-in'

function waitMessage(seconds: number): string {
  return `too many wrong teacher codes from this device; wait ${seconds} s and try again`
}

export const teacherApi: FastifyPluginAsync<ApiOptions> = async (app, options) => {
  const { classroom, gate, classLabel, streams } = options
  // Every route here but the sign-in itself needs the teacher: the cookie, or the code in a header.
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url === '/api/teacher/session' || gate.hasSession(request.headers.cookie))
      return
    const code = request.headers['x-teacher-code']
    if (typeof code !== 'string' || code === '')
      return reply.code(401).send({ error: NEEDS_CODE })
    const result = gate.check(request.ip, code)
    if (result.ok)
      return
    if (result.reason === 'wait')
      return reply.code(429).header('retry-after', String(result.retryAfterSeconds)).send({ error: waitMessage(result.retryAfterSeconds) })
    return reply.code(401).send({ error: 'wrong teacher code' })
  })

  for (const action of TEACHER_ACTIONS) {
    app.post<{ Body: v.InferOutput<typeof TeacherRequestSchema> }>(`/${action}`, { schema: { body: TeacherRequestSchema } }, async (request, reply) => {
      const { questionId } = request.body
      const outcome = await classroom.act(action, questionId)
      if (!outcome.ok)
        return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
      return { questionId, phase: outcome.value } satisfies TeacherReply
    })
  }

  app.get('/check', async () => ({ teacher: true }))

  app.post<{ Body: v.InferOutput<typeof RemoveRequestSchema> }>('/remove', { schema: { body: RemoveRequestSchema } }, async (request, reply) => {
    const outcome = await classroom.remove(request.body.studentId)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    // Their page learns it at once: its stream ends, and its token is no longer known.
    streams.endGroup(studentGroup(outcome.value))
    return { removed: true, studentId: outcome.value }
  })

  await app.register(teacherQuizApi, { ...options, prefix: '' })

  app.get('/summary', async () => teacherSummary(classroom.state))

  app.get('/results.csv', async (_request, reply) => {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="class-${classLabel.replace(NOT_FILE_NAME, '')}-results.csv"`)
      .send(classResultsCsv(teacherSummary(classroom.state)))
  })

  app.post<{ Body: v.InferOutput<typeof TeacherSessionRequestSchema> }>('/session', { schema: { body: TeacherSessionRequestSchema } }, async (request, reply) => {
    const result = gate.check(request.ip, request.body.code)
    if (result.ok)
      return reply.header('set-cookie', gate.setCookie()).send({ teacher: true })
    if (result.reason === 'wait')
      return reply.code(429).header('retry-after', String(result.retryAfterSeconds)).send({ error: waitMessage(result.retryAfterSeconds) })
    return reply.code(401).send({ error: 'wrong teacher code' })
  })

  // Whether this browser holds the teacher's session: a page asks before showing the code field,
  // without a refused request (which a browser logs as an error) when it does not.
  app.get('/session', async request => ({ teacher: gate.hasSession(request.headers.cookie) }))

  app.delete('/session', async (request, reply) => {
    gate.endSession(request.headers.cookie)
    return reply.header('set-cookie', TeacherGate.clearCookie()).send({ teacher: false })
  })
}

/** An origin no address can have, to read `next` as a browser would read it on this server. */
const THIS_SERVER = 'http://this-server.invalid'

/** Where the sign-in form goes without a usable `next`. */
const DEFAULT_NEXT = '/presenter'

/**
 * Where the sign-in form goes afterwards: a path on this server, never another site. `next` is read
 * as a browser reads an address (which drops tabs and line breaks, and takes `\\` for `/`), against
 * this server; only a same-origin path is kept, written out as that URL's path, query and fragment.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/'))
    return DEFAULT_NEXT
  let url: URL
  try {
    url = new URL(next, THIS_SERVER)
  }
  catch {
    return DEFAULT_NEXT
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // `//host` as a path would itself be read as another site.
  return url.origin === THIS_SERVER && !path.startsWith('//') ? path : DEFAULT_NEXT
}

function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, c => `&#${c.charCodeAt(0)};`)
}

/** The sign-in form: one labelled field and a button; the code goes to POST /api/teacher/session. */
function signInPage(next: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Teacher sign-in</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; color: ${palette.ink}; background: ${palette.zebra}; margin: 0; padding: 3rem 1rem; }
main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1.75rem; background: ${palette.paper}; border: 1px solid ${palette.hairline}; border-radius: .75rem; }
h1 { margin: 0 0 .5rem; color: ${palette.accent}; font-size: 1.6rem; }
p { color: ${palette.inkMuted}; }
label { display: block; margin: 1rem 0 .35rem; font-weight: 700; }
.row { display: flex; flex-wrap: wrap; gap: .6rem; }
input, button { font: inherit; padding: .55rem .8rem; border-radius: .4rem; }
input { letter-spacing: .2em; text-transform: uppercase; width: 10ch; border: 2px solid ${palette.control}; }
button { border: 2px solid ${palette.accent}; background: ${palette.accent}; color: ${palette.onAccent}; font-weight: 700; cursor: pointer; }
input:focus-visible, button:focus-visible { outline: 3px solid ${palette.bar}; outline-offset: 2px; }
[role=alert] { color: ${palette.wrong}; font-weight: 700; }
</style>
</head>
<body>
<main>
<h1>Teacher sign-in</h1>
<p>Enter the teacher code shown in the window where <code>npm run class</code> runs. This browser then opens the presenter view.</p>
<form id="sign-in" data-next="${escapeHtml(next)}">
<label for="code">Teacher code</label>
<div class="row">
<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required>
<button type="submit">Sign in</button>
</div>
<p id="message" role="alert"></p>
</form>
</main>
<script>
const form = document.getElementById('sign-in')
form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const message = document.getElementById('message')
  message.textContent = ''
  const response = await fetch('/api/teacher/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: form.code.value }) }).catch(() => undefined)
  if (response && response.ok) { location.assign(form.dataset.next); return }
  const body = response ? await response.json().catch(() => ({})) : {}
  message.textContent = body.error || 'The server did not answer; is npm run class still running?'
})
</script>
</body>
</html>
`
}

/** The teacher's pages the server serves itself: the sign-in form at /teacher/sign-in. */
export const teacherPages: FastifyPluginAsync = async (app) => {
  app.get('/teacher/sign-in', async (request, reply) => {
    const { next } = request.query as Record<string, unknown>
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(signInPage(safeNext(next)))
  })
}
