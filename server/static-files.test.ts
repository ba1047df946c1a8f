import type { FastifyInstance } from 'fastify'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { tempSite, TEST_CODE, testClassOptions } from '../test/support/server'
import { buildApp } from './app'
import { safeNext } from './teacher-api'

const apps: FastifyInstance[] = []

afterEach(async () => {
  await Promise.all(apps.splice(0).map(app => app.close()))
})

/** A class whose site has a secret file beside it, outside the folder served. */
function start(teacherDeck = false): { app: FastifyInstance, secret: string } {
  const siteDir = tempSite('students')
  const secret = 'SECRET-NOT-SERVED'
  writeFileSync(join(dirname(siteDir), 'secret.txt'), secret)
  const app = buildApp(testClassOptions({ siteDir, teacherDeckDir: teacherDeck ? tempSite('teacher') : undefined }))
  apps.push(app)
  return { app, secret }
}

describe('every reply', () => {
  it.each([
    ['a page', 'GET', '/quiz'],
    ['a script', 'GET', '/assets/index-abc123.js'],
    ['an API reply', 'GET', '/api/info'],
    ['a refusal', 'POST', '/api/answer'],
    ['nothing there', 'GET', '/api/nothing'],
  ] as const)('tells the browser not to guess its type and to send no Referer: %s', async (_, method, url) => {
    const { app } = start()
    const res = await app.inject({ method, url })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    // Student tokens travel in /api/events?token=: never in a Referer to another page.
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  })
})

describe('static files', () => {
  it.each([
    ['/', 'students deck'],
    ['/3', 'students deck'],
    ['/presenter/2', 'students deck'],
    ['/join', 'students join'],
    ['/join/', 'students join'],
    ['/join/later', 'students join'],
    ['/quiz', 'students quiz'],
    ['/quiz?seed=4', 'students quiz'],
  ])('serves %s with the page of %s', async (url, title) => {
    const { app } = start()
    const res = await app.inject({ url })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain(`<title>${title}</title>`)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('sends the service worker as a script that browsers check for a newer version at every visit', async () => {
    const { app } = start()
    const siteDir = tempSite('offline')
    writeFileSync(join(siteDir, 'sw.js'), 'self.addEventListener("fetch", () => {})\n')
    const site = buildApp(testClassOptions({ siteDir }))
    apps.push(site)
    const res = await site.inject({ url: '/sw.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect((await app.inject({ url: '/sw.js' })).statusCode).toBe(404)
  })

  it('answers /api/info with the live class, not with the site\'s "no classroom here" file', async () => {
    const siteDir = tempSite('students')
    mkdirSync(join(siteDir, 'api'))
    writeFileSync(join(siteDir, 'api', 'info'), '{"classroom":false}')
    const app = buildApp(testClassOptions({ siteDir }))
    apps.push(app)
    const res = await app.inject({ url: '/api/info' })
    expect(res.json()).toEqual({ joinUrl: 'http://192.168.1.20:3000/join', joined: 0 })
    expect((await app.inject({ url: '/api/nothing' })).statusCode).toBe(404)
  })

  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
  ])('sends the precompressed file to a browser that accepts %s', async (accepted, encoding) => {
    const { app } = start()
    const res = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': accepted } })
    expect(res.headers['content-encoding']).toBe(encoding)
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.headers.vary).toMatch(/accept-encoding/)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.rawPayload.length).toBeLessThan(300)
  })

  it('sends the file itself to a client that accepts no compression', async () => {
    const { app } = start()
    const res = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } })
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body).toContain('console.log("students")')
  })

  /** What Chromium sends for an address typed into its address bar. */
  const NAVIGATION = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8' }

  it.each(['/1.5', '/3.', '/presenter/2.0'])('shows the deck, never JSON, to a person who types %s', async (url) => {
    const { app } = start()
    const res = await app.inject({ url, headers: NAVIGATION })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('<title>students deck</title>')
  })

  it('tells a person who opens a missing script that it is not part of the lesson, on a page with the way back', async () => {
    const { app } = start()
    const res = await app.inject({ url: '/assets/gone-<b>123.js', headers: NAVIGATION })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('This file is not part of the lesson')
    expect(res.body).toContain('<code>/assets/gone-&lt;b&gt;123.js</code>')
    expect(res.body).toContain('<a href="/">the start of the lesson</a>')
  })

  it('answers a missing file with 404, not with a page', async () => {
    const { app } = start()
    const res = await app.inject({ url: '/assets/gone-123.js' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: 'no such file: /assets/gone-123.js' })
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/%00',
    '//secret.txt',
    '/assets/%',
  ])('never serves a file outside the site, however %s is spelled', async (url) => {
    const { app, secret } = start()
    const res = await app.inject({ url })
    expect(res.statusCode).toBeLessThan(500)
    expect(res.body).not.toContain(secret)
  })

  it('never errors or leaves the site, whatever the path', async () => {
    const { app, secret } = start(true)
    const segment = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '%00', 'assets', 'join', 'secret.txt', 'index.html', ''), fc.webSegment())
    await fc.assert(fc.asyncProperty(fc.array(segment, { maxLength: 6 }), fc.boolean(), async (segments, teacher) => {
      const res = await app.inject({ url: `/${segments.join('/')}`, headers: teacher ? { cookie: 'lesson_teacher=x' } : {} })
      expect(res.statusCode).toBeLessThan(500)
      expect(res.body).not.toContain(secret)
    }), { numRuns: 300 })
  })
})

describe('the teacher\'s deck', () => {
  async function signIn(app: FastifyInstance): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/api/teacher/session', payload: { code: TEST_CODE } })
    return String(res.headers['set-cookie']).split(';')[0]!
  }

  it('goes only to the browser holding the teacher cookie; students get the deck without notes', async () => {
    const { app } = start(true)
    const cookie = await signIn(app)
    expect((await app.inject({ url: '/presenter/1', headers: { cookie } })).body).toContain('teacher deck')
    expect((await app.inject({ url: '/assets/index-abc123.js', headers: { cookie, 'accept-encoding': 'identity' } })).body).toContain('"teacher"')
    const student = await app.inject({ url: '/1' })
    expect(student.body).toContain('students deck')
    expect(student.headers.vary).toMatch(/cookie/)
    expect((await app.inject({ url: '/', headers: { cookie: 'lesson_teacher=forged' } })).body).toContain('students deck')
  })

  it('tells the teacher\'s browser to keep none of it, so no offline copy holds the notes', async () => {
    const { app } = start(true)
    const cookie = await signIn(app)
    for (const url of ['/presenter/1', '/3', '/assets/index-abc123.js']) {
      const res = await app.inject({ url, headers: { cookie } })
      expect(res.body, url).toContain('teacher')
      expect(res.headers['cache-control'], url).toBe('private, no-store')
    }
    expect((await app.inject({ url: '/3' })).headers['cache-control']).toBe('no-cache')
  })

  it('sends a browser without the session from the presenter view to the sign-in form, and back to the same slide after', async () => {
    const { app } = start(true)
    for (const url of ['/presenter', '/presenter/3', '/presenter/quick-check-1?clicks=2']) {
      const res = await app.inject({ url })
      expect(res.statusCode, url).toBe(302)
      expect(res.headers.location, url).toBe(`/teacher/sign-in?next=${encodeURIComponent(url)}`)
      const form = await app.inject({ url: String(res.headers.location) })
      expect(form.body, url).toContain(`data-next="${url.replace('&', '&#38;')}"`)
    }
    expect((await app.inject({ url: '/presenter/3', headers: { cookie: await signIn(app) } })).body).toContain('teacher deck')
    // A copy without the teacher's deck (npm run preview) has no presenter view to sign in to.
    expect((await start(false).app.inject({ url: '/presenter/3' })).statusCode).toBe(200)
  })

  it('still gets the student pages from the site', async () => {
    const { app } = start(true)
    const cookie = await signIn(app)
    expect((await app.inject({ url: '/join', headers: { cookie } })).body).toContain('students join')
  })

  it('is reached through a sign-in form that sends the code to the API and goes on only within the site', async () => {
    const { app } = start(true)
    const page = await app.inject({ url: '/teacher/sign-in?next=/presenter/3' })
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('<label for="code">Teacher code</label>')
    expect(page.body).toContain('data-next="/presenter/3"')
    expect(page.body).toContain('/api/teacher/session')
    expect(safeNext('//evil.example/')).toBe('/presenter')
    expect(safeNext('https://evil.example/')).toBe('/presenter')
    expect(safeNext('/\\evil.example')).toBe('/presenter')
  })

  it('never sends the teacher to another site after signing in, whatever next says', async () => {
    // Fastify's query parser decodes %09 and %0a; a browser then drops the tab or line break and reads //evil.example/.
    for (const next of ['/\t/evil.example/', '/\n/evil.example/', '/\r/evil.example/', '/\\/evil.example/', '/.//evil.example/', ' //evil.example/', 'javascript:alert(1)'])
      expect(new URL(safeNext(next), 'http://192.168.1.20:3000').host, JSON.stringify(next)).toBe('192.168.1.20:3000')
    const { app } = start(true)
    for (const encoded of ['%2F%09%2Fevil.example%2F', '/%0a/evil.example/', '/%09/evil.example/']) {
      const page = await app.inject({ url: `/teacher/sign-in?next=${encoded}` })
      const next = /data-next="([^"]*)"/.exec(page.body)?.[1] ?? ''
      expect(new URL(next.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))), 'http://192.168.1.20:3000').host, encoded).toBe('192.168.1.20:3000')
    }
    expect(safeNext('/presenter/3?x=1#notes')).toBe('/presenter/3?x=1#notes')
  })
})
