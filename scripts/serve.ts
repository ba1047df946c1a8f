// `npm run preview`: serves the built site (dist/) so a teacher can try it, or share it on a
// classroom network with no internet (`npm run preview -- --host 0.0.0.0`). The tests use the same
// server on loopback. Files are served as the classroom server serves them (server/static-files.ts).
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import Fastify from 'fastify'
import { lanAddresses, listensOnNetwork } from '../server/network'
import { listen } from '../server/start'
import { staticFiles } from '../server/static-files'

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
  /** Told each request's address as it comes in: the tests count what a browser asked for. */
  onRequest?: (url: string) => void
}

/**
 * Serves the built site in `root` as the classroom server does, without the live quiz: a file gets
 * the file (its .br or .gz copy to a browser that takes one), a folder with an index.html gets that
 * page (/quiz, /join), any other page path gets the deck's index.html (Slidev routes such as /3).
 * Paths that try to leave `root` get 400.
 */
export async function startStaticServer({ root, host = '127.0.0.1', port = 0, onRequest }: StaticServerOptions): Promise<StaticServer> {
  const siteDir = resolve(root)
  if (!existsSync(join(siteDir, 'index.html')))
    throw new Error(`No built site in ${siteDir}: run \`npm run build\` first.`)
  const app = Fastify({ logger: false })
  if (onRequest)
    app.addHook('onRequest', async request => onRequest(request.url))
  await app.register(staticFiles, { siteDir, teacherDeckDir: undefined, isTeacher: () => false })
  const { url } = await listen(app, host, port)
  return {
    url,
    close: async () => {
      app.server.closeAllConnections()
      await app.close()
    },
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
