// Starts the classroom server on a socket: for `npm run class`, the benchmark, and tests that
// drive it over HTTP (API tests, browser tests). `buildApp` alone is enough for `app.inject()`.
import type { FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { ClassAppOptions } from './app'
import { buildApp } from './app'

/** A listening classroom server. */
export interface RunningClassServer {
  /** Where it listens, such as `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string
  readonly port: number
  readonly app: FastifyInstance
  /** Ends the streams, flushes and closes the journal, stops listening. */
  readonly close: () => Promise<void>
}

/** Options of {@link startClassServer}: the app's, and where to listen. */
export interface StartOptions extends ClassAppOptions {
  /** Default 127.0.0.1 (this computer only); 0.0.0.0 for the room's network. */
  readonly host?: string
  /** Default 0: any free port. */
  readonly port?: number
}

/**
 * Makes a Fastify app listen, and says where: `http://127.0.0.1:41234`. Rejects with the listen error
 * (`code: 'EADDRINUSE'` for a busy port) having closed the app, so what it holds is released.
 */
export async function listen(app: FastifyInstance, host: string, port: number): Promise<{ url: string, port: number }> {
  try {
    await app.listen({ host, port })
  }
  catch (error) {
    await app.close()
    throw error
  }
  const address = app.server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return { url: `http://${shownHost}:${address.port}`, port: address.port }
}

/** Builds the classroom app and listens (see {@link listen}); the class's journal is released on failure. */
export async function startClassServer({ host = '127.0.0.1', port = 0, ...options }: StartOptions): Promise<RunningClassServer> {
  const app = buildApp(options)
  const where = await listen(app, host, port)
  return { ...where, app, close: () => app.close() }
}
