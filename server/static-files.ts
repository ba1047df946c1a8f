// The built site: files only from `siteDir` (and, for the teacher's browser, the deck with
// speaker notes from `teacherDeckDir`), precompressed .br/.gz served when the browser takes them,
// no way out of the folder, and unknown page paths answered with the deck's index.html (Slidev
// routes such as /3 or /presenter live in the browser).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Stats } from 'node:fs'
import { statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import { palette } from '../styles/palette'

/** What the static files plugin serves. */
export interface StaticFilesOptions {
  readonly siteDir: string
  readonly teacherDeckDir: string | undefined
  /** Whether a request comes from the teacher's browser (it holds the teacher cookie). */
  readonly isTeacher: (request: FastifyRequest) => boolean
}

function stat(path: string): Stats | undefined {
  try {
    return statSync(path)
  }
  catch {
    return undefined
  }
}

function asUrlPath(rel: string): string {
  return `/${rel.split(sep).join('/')}`
}

/**
 * The file to send for a URL path within `root`, as a path from it (`/join/index.html`): the file itself, or a folder's
 * index.html (`/join` → `join/index.html`). Undefined if there is none.
 */
export function fileIn(root: string, path: string): string | undefined {
  const full = join(root, path)
  const rel = relative(root, full)
  if (rel.startsWith('..') || rel.includes(`${sep}..${sep}`))
    return undefined
  const found = stat(full)
  if (found?.isFile())
    return asUrlPath(rel)
  if (found?.isDirectory() && stat(join(full, 'index.html'))?.isFile())
    return asUrlPath(join(rel, 'index.html'))
  return undefined
}

const SEPARATOR = /[/\\]/

/**
 * The URL path, decoded, if it is one a file could have: not under /api, no NUL, no `..`
 * segment. The URL parser has already resolved dot segments, encoded ones included.
 */
export function sitePath(url: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  }
  catch {
    return undefined
  }
  if (path.includes('\0') || path.split(SEPARATOR).includes('..'))
    return undefined
  return path
}

/** The endings of the files a site is made of: an address ending so names a file, not a page. */
const FILE_TYPES = /\.(?:html?|m?js|css|map|json|txt|xml|webmanifest|woff2?|ttf|otf|png|jpe?g|gif|svg|webp|avif|ico|pdf|csv|zip|wasm|br|gz)$/i

/** Whether the request is a browser asking for a page (an address typed, a link followed). */
function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept
  return typeof accept === 'string' && accept.includes('text/html')
}

const HTML_SPECIAL = /[&<>"']/g
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** A short page for a file that is not in the site, in the reader's words, with the way back. */
function notFoundPage(path: string): string {
  const shown = path.replace(HTML_SPECIAL, c => HTML_ESCAPES[c]!)
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:${palette.ink};background:${palette.paper}}h1{color:${palette.accent}}a{color:${palette.accent}}</style></head>
<body><main><h1>This file is not part of the lesson</h1>
<p>Nothing is saved at <code>${shown}</code>. Check the address, or go to <a href="/">the start of the lesson</a>.</p></main></body>
</html>
`
}

// Vite names the files in assets/ by their content: they never change, so browsers keep them.
const HASHED = `${sep}assets${sep}`

export const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (app, { siteDir, teacherDeckDir, isTeacher }) => {
  await app.register(fastifyStatic, {
    root: siteDir,
    serve: false,
    preCompressed: true,
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      const inside = (root: string | undefined): string | undefined => {
        const rel = root === undefined ? '..' : relative(root, path)
        return rel.startsWith('..') ? undefined : rel
      }
      const within = inside(siteDir) ?? inside(teacherDeckDir)
      // The teacher's deck (speaker notes, the presenter view) is kept nowhere: not by the
      // browser's cache, not by the lesson's service worker, which keeps no `no-store` reply.
      if (inside(siteDir) === undefined && inside(teacherDeckDir) !== undefined)
        reply.header('cache-control', 'private, no-store')
      else
        reply.header('cache-control', within !== undefined && `${sep}${within}`.includes(HASHED) ? 'public, max-age=31536000, immutable' : 'no-cache')
      if (teacherDeckDir !== undefined)
        reply.header('vary', 'cookie')
    },
  })

  app.get('/*', async (request, reply) => {
    const path = sitePath(request.url)
    if (path === undefined)
      return reply.code(400).send({ error: 'this address is not a path within the site' })
    if (path === '/api' || path.startsWith('/api/')) {
      // The built site's own api/info says "no classroom here" to a page served without the live
      // API (npm run preview, any static host); the classroom server's routes come first.
      const file = fileIn(siteDir, path)
      return file === undefined
        ? reply.code(404).send({ error: `no such API endpoint: ${request.method} ${path}` })
        : reply.sendFile(file, siteDir)
    }
    // The student pages (/join/…, /quiz/…) are small apps of their own, in folders of the site:
    // everyone gets them from there, the teacher too.
    const [, first] = path.split('/')
    const page = first ? fileIn(siteDir, `/${first}/index.html`) : undefined
    const teacher = teacherDeckDir !== undefined && isTeacher(request)
    // The presenter view is the teacher's: without the session, sign in first, then come back here.
    if (teacherDeckDir !== undefined && !teacher && first === 'presenter')
      return reply.redirect(`/teacher/sign-in?next=${encodeURIComponent(request.url)}`)
    const roots = page === undefined && teacher ? [teacherDeckDir, siteDir] : [siteDir]
    for (const root of roots) {
      const file = fileIn(root, path)
      if (file !== undefined)
        return reply.sendFile(file, root)
    }
    // A missing file (an old asset, a typo) is a 404; any other path is a page of an app. An
    // address a person typed (the browser asks for a page) never gets JSON: `/1.5` is the deck's
    // to read, and a missing script or picture gets a page that says so.
    const wantsPage = acceptsHtml(request)
    if (extname(path) !== '' && (!wantsPage || FILE_TYPES.test(path))) {
      return wantsPage
        ? reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(path))
        : reply.code(404).send({ error: `no such file: ${path}` })
    }
    if (page !== undefined)
      return reply.sendFile(page, siteDir)
    const deck = roots.find(root => fileIn(root, '/index.html') !== undefined)
    if (deck === undefined)
      return reply.code(404).send({ error: 'the site is not built: run npm run build' })
    return reply.sendFile('/index.html', deck)
  })
}
