// The built site: files only from `siteDir` (and, for the teacher's browser, the deck with
// speaker notes from `teacherDeckDir`), precompressed .br/.gz served when the browser takes them,
// no way out of the folder, and unknown page paths answered with the deck's index.html (Slidev
// routes such as /3 or /presenter live in the browser).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Stats } from 'node:fs'
import { statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import fastifyStatic from '@fastify/static'

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

// Vite names the files in assets/ by their content: they never change, so browsers keep them.
const HASHED = `${sep}assets${sep}`

export const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (app, { siteDir, teacherDeckDir, isTeacher }) => {
  await app.register(fastifyStatic, {
    root: siteDir,
    serve: false,
    preCompressed: true,
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      const within = [siteDir, teacherDeckDir].flatMap(root => (root === undefined ? [] : [relative(root, path)])).find(rel => !rel.startsWith('..'))
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
    // A missing file (an old asset, a typo) is a 404; any other path is a page of an app.
    if (extname(path) !== '')
      return reply.code(404).send({ error: `no such file: ${path}` })
    if (page !== undefined)
      return reply.sendFile(page, siteDir)
    const deck = roots.find(root => fileIn(root, '/index.html') !== undefined)
    if (deck === undefined)
      return reply.code(404).send({ error: 'the site is not built: run npm run build' })
    return reply.sendFile('/index.html', deck)
  })
}
