import { describe, expect, it } from 'vitest'
import { cacheNames, keepable, keptFor, offlineRoute, PRECACHED_FILES } from './offline-rules'

const ROOT = new URL('https://school.example/')
const SUB = new URL('https://school.example/lessons/chinese-tech/')

function reply(status: number, cacheControl?: string): { status: number, headers: { get: (name: string) => string | null } } {
  return { status, headers: { get: name => (name === 'cache-control' ? cacheControl ?? null : null) } }
}

describe('offlineRoute', () => {
  it.each([
    ['/', 'index.html'],
    ['/1', 'index.html'],
    ['/12?clicks=2', 'index.html'],
    ['/index.html', 'index.html'],
    ['/quiz', 'quiz/index.html'],
    ['/quiz/', 'quiz/index.html'],
    ['/quiz?seed=7', 'quiz/index.html'],
    ['/quiz/index.html', 'quiz/index.html'],
    ['/join', 'join/index.html'],
    ['/handout', 'handout/index.html'],
    ['/sources/', 'sources/index.html'],
  ])('keeps the page %s, network first, as the copy of %s', (path, shell) => {
    expect(offlineRoute(new URL(path, ROOT), ROOT)).toEqual({ kind: 'page', shell: new URL(shell, ROOT).href })
  })

  it.each([
    '/assets/index-abc123.js',
    '/assets/noto-sans-sc-119-400-normal-Bx.woff2',
    '/assets/slidev/code-xyz.css',
  ])('keeps the file %s the first time it loads', (path) => {
    expect(offlineRoute(new URL(path, ROOT), ROOT)).toEqual({ kind: 'asset' })
  })

  it.each([
    ['the API', '/api'],
    ['the class\'s state', '/api/info'],
    ['the presenter view\'s first slide', '/presenter'],
    ['the answers', '/api/answer'],
    ['an event stream', '/api/events?token=abc'],
    ['the teacher\'s results', '/teacher'],
    ['the teacher\'s sign-in', '/teacher/sign-in?next=/presenter'],
    ['the presenter view', '/presenter/3'],
    ['the speaker notes', '/notes'],
    ['the overview', '/overview'],
    ['a file that is not a page', '/favicon.svg'],
    ['a compressed copy', '/assets/index-abc123.js.br/'],
    ['the not-found page', '/404.html'],
    ['another host', 'https://fonts.example/font.woff2'],
  ])('leaves %s to the network (%s)', (_, path) => {
    expect(offlineRoute(new URL(path, ROOT), ROOT)).toEqual({ kind: 'network' })
  })

  it('finds the pages and files under the site\'s base', () => {
    expect(offlineRoute(new URL('quiz?seed=2', SUB), SUB)).toEqual({ kind: 'page', shell: 'https://school.example/lessons/chinese-tech/quiz/index.html' })
    expect(offlineRoute(new URL('7', SUB), SUB)).toEqual({ kind: 'page', shell: 'https://school.example/lessons/chinese-tech/index.html' })
    expect(offlineRoute(new URL('assets/a-1.js', SUB), SUB)).toEqual({ kind: 'asset' })
    expect(offlineRoute(new URL('api/info', SUB), SUB)).toEqual({ kind: 'network' })
    expect(offlineRoute(new URL('https://school.example/other/quiz'), SUB)).toEqual({ kind: 'network' })
    expect(offlineRoute(new URL('https://school.example/quiz'), SUB)).toEqual({ kind: 'network' })
  })

  it('never keeps what is under a path kept from the offline copy, whatever follows', () => {
    for (const first of ['api', 'teacher', 'presenter', 'notes', 'overview', 'print', 'export', 'entry']) {
      for (const rest of ['', '/', '/3', '/index.html', '/assets/a-1.js'])
        expect(offlineRoute(new URL(`/${first}${rest}`, ROOT), ROOT).kind, `/${first}${rest}`).toBe('network')
    }
  })
})

describe('keptFor', () => {
  it.each([
    ['the deck', 'https://school.example/3', true],
    ['the quiz', 'https://school.example/quiz?seed=1', true],
    ['the worker itself', 'about:client', true],
    ['no page', '', true],
    ['the teacher\'s page', 'https://school.example/teacher', false],
    ['the presenter view', 'https://school.example/presenter/2', false],
  ])('says whether files asked for by %s are kept', (_, referrer, kept) => {
    expect(keptFor(referrer, ROOT)).toBe(kept)
  })
})

describe('keepable', () => {
  it.each([
    ['200', reply(200), true],
    ['200, no-cache', reply(200, 'no-cache'), true],
    ['200, immutable', reply(200, 'public, max-age=31536000, immutable'), true],
    ['200, private, no-store (the teacher\'s deck)', reply(200, 'private, no-store'), false],
    ['200, No-Store', reply(200, 'No-Store'), false],
    ['206, a part', reply(206), false],
    ['404', reply(404), false],
    ['500', reply(500), false],
  ])('keeps only a whole reply the server lets be stored: %s', (_, response, kept) => {
    expect(keepable(response)).toBe(kept)
  })
})

describe('the precache', () => {
  it('holds the three pages\' HTML and the icon, nothing the teacher opens and no script', () => {
    expect([...PRECACHED_FILES].sort()).toEqual(['favicon.svg', 'index.html', 'join/index.html', 'quiz/index.html'])
  })

  it('names the caches after the site\'s address, so two copies on one host keep apart', () => {
    expect(cacheNames(ROOT.href).pages).not.toBe(cacheNames(SUB.href).pages)
    expect(cacheNames(ROOT.href).assets).not.toBe(cacheNames(ROOT.href).pages)
  })
})
