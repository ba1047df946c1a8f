// `npm run preview`: serves the built site (dist/) so a teacher can try it, or share it on a
// classroom network with no internet (`npm run preview -- --host 0.0.0.0`). The tests use the same
// server on loopback.
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

/** A running static server and the address to reach it. */
export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
  root: string
  host?: string
  port?: number
}

/**
 * Serves `root` as a single-page app: a path that names a file gets the file, any other GET gets
 * `index.html` (Slidev routes such as `/3` or `/quiz` live in the client). Paths that try to leave
 * `root` get 400; methods other than GET and HEAD get 405.
 */
export async function startStaticServer({ root, host = '127.0.0.1', port = 0 }: StaticServerOptions): Promise<StaticServer> {
  const base = resolve(root)
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`No built site in ${base}: run \`npm run build\` first.`)

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8', 'allow': 'GET, HEAD' })
      res.end('Only GET and HEAD are supported.\n')
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    }
    catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Malformed URL.\n')
      return
    }
    const target = normalize(join(base, pathname))
    if (target !== base && !target.startsWith(base + sep)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Path outside the site.\n')
      return
    }
    const isFile = existsSync(target) && statSync(target).isFile()
    const file = isFile ? target : join(base, 'index.html')
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    })
    if (req.method === 'HEAD')
      res.end()
    else
      createReadStream(file).pipe(res)
  })

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2)
  const host = option(argv, '--host') ?? '127.0.0.1'
  const port = Number(option(argv, '--port') ?? 4173)
  startStaticServer({ root: 'dist', host, port })
    .then(({ url }) => console.log(`Serving dist/ at ${url}  (deck: ${url}/1, presenter: ${url}/presenter)  Ctrl+C stops.`))
    .catch((error: Error) => {
      console.error(error.message)
      process.exit(1)
    })
}
