// The offline copy's service worker, written into a finished site: setup/service-worker.ts bundled
// with Workbox's runtime (one file, nothing from another host), then Workbox's injectManifest puts
// the precache list in it, each file with its revision. Run by `npm run build` after both builds
// (the deck and apps/), before the .br and .gz copies are made, so sw.js gets them too. A newer
// build's pages change the list's revisions, so browsers see a new sw.js and offer the update.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build as viteBuild } from 'vite'
import { injectManifest } from 'workbox-build'
import { PRECACHED_FILES, SERVICE_WORKER_FILE } from '../../setup/offline-rules'

/** Vite's folder of files named by their content: their names are their revisions. */
const HASHED = /^assets\//

const WORKER_SOURCE = resolve(import.meta.dirname, '../../setup/service-worker.ts')

/** What {@link writeServiceWorker} put in the site. */
export interface ServiceWorkerReport {
  /** sw.js's size, in bytes. */
  readonly workerBytes: number
  /** The files the worker downloads when it installs, and their size. */
  readonly precached: { readonly files: number, readonly bytes: number }
  readonly warnings: readonly string[]
}

/** The options of Workbox's injectManifest for the site in `out`, the worker bundled in `bundled`. */
export function injectManifestConfig(out: string, bundled: string): Parameters<typeof injectManifest>[0] {
  return {
    swSrc: bundled,
    swDest: join(out, SERVICE_WORKER_FILE),
    globDirectory: out,
    globPatterns: [...PRECACHED_FILES],
    // The pages' scripts are named by their content already; the pages themselves are not.
    dontCacheBustURLsMatching: HASHED,
  }
}

/** Writes `out`/sw.js; `out` is a finished site (the deck and apps/ built into it). */
export async function writeServiceWorker(out: string): Promise<ServiceWorkerReport> {
  const scratch = mkdtempSync(join(tmpdir(), 'lesson-sw-'))
  try {
    await viteBuild({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      // Workbox's modules log to the console unless built for production.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: scratch,
        emptyOutDir: false,
        copyPublicDir: false,
        minify: true,
        lib: { entry: WORKER_SOURCE, formats: ['iife'], name: 'lessonServiceWorker', fileName: () => SERVICE_WORKER_FILE },
      },
    })
    const { count, size, warnings } = await injectManifest(injectManifestConfig(out, join(scratch, SERVICE_WORKER_FILE)))
    return { workerBytes: statSync(join(out, SERVICE_WORKER_FILE)).size, precached: { files: count, bytes: size }, warnings }
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
