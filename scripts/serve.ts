// `npm run preview`: serves the built site (dist/) so a teacher can try it, or share it on a
// classroom network with no internet (`npm run preview -- --host 0.0.0.0`). The tests use the same
// server on loopback.
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { lanAddresses, listensOnNetwork } from '../server/network'

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

export const PREVIEW_USAGE = `Usage: npm run preview [-- options]

Serves the built site (dist/, from npm run build) so you can try it, or share it on a classroom
network with no internet.

Options:
  --host ADDRESS   where to listen: 127.0.0.1 (this computer only, the default) or 0.0.0.0 (the
                   whole network, so phones in the room can open it)
  --port NUMBER    the port (default 4173)
  --dir FOLDER     the built site to serve (default dist)
  -h, --help       show this help`

/** The addresses a person opens, for the banner: the deck, the presenter view (when built in) and the quiz. */
export function previewBanner(url: string, root: string, presenter: boolean): string {
  return [
    `Serving ${root}/ at ${url}   (Ctrl+C stops)`,
    `  deck:            ${url}/`,
    presenter
      ? `  presenter view:  ${url}/presenter`
      : '  presenter view:  not in this build (for your own copy: npm run build -- --presenter)',
    `  quiz:            ${url}/quiz`,
  ].join('\n')
}

/** Whether the built site in `root` has the presenter view (`npm run build -- --presenter`). */
export function hasPresenter(root: string): boolean {
  const slidev = join(root, 'assets', 'slidev')
  return existsSync(slidev) && readdirSync(slidev).some(name => name.startsWith('presenter-'))
}

async function main(argv: string[]): Promise<number> {
  let values: { host: string, port: string, dir: string, help: boolean }
  try {
    values = parseArgs({
      args: argv,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '4173' },
        dir: { type: 'string', default: 'dist' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values
  }
  catch (error) {
    console.error(`preview: ${(error as Error).message}\n\n${PREVIEW_USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(PREVIEW_USAGE)
    return 0
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`preview: --port must be a number from 0 to 65535, not "${values.port}"`)
    return 2
  }
  try {
    const { url } = await startStaticServer({ root: values.dir, host: values.host, port })
    // Listening on every interface: show the address phones in the room type, not 0.0.0.0.
    const [lan] = listensOnNetwork(values.host) ? lanAddresses() : []
    const shown = lan ? `http://${lan}:${new URL(url).port}` : url
    console.log(previewBanner(shown, values.dir, hasPresenter(values.dir)))
    return -1
  }
  catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'EADDRINUSE')
      console.error(`preview: port ${port} is already in use (another preview or server is running?). Stop it, or choose another port: npm run preview -- --port ${port + 1}`)
    else if (code === 'EADDRNOTAVAIL')
      console.error(`preview: this computer has no address ${values.host}; use --host 127.0.0.1 or --host 0.0.0.0`)
    else
      console.error(`preview: ${message}`)
    return 1
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await main(process.argv.slice(2))
  // -1: the server is running; it stops with Ctrl+C.
  if (code >= 0)
    process.exit(code)
}
