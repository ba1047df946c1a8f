// The pages outside the deck, built by Vite alone (no Slidev runtime): the self-paced quiz (/quiz),
// the live quiz on students' phones (/join), the teacher's class results (/teacher), the student
// handout (/handout) and the lesson's sources in full (/sources). `npm run
// build` (scripts/build.ts) builds them into the deck's folder after `slidev build`, so one folder
// holds the whole site. Each page is a small Vue app: a phone joining the live quiz downloads
// tens of kilobytes, not the deck's runtime.
import type { InlineConfig } from 'vite'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { SITE_URL_ENV } from '../config/site'
import { CLASS_MODE_ENV } from '../setup/class-mode'
import { lessonPlugins } from '../setup/lesson-plugins'
import { OFFLINE_ENV } from '../setup/offline-build'

/** The pages, each a folder of apps/ with an index.html, served at /<name>. */
export const APP_PAGES = ['quiz', 'join', 'teacher', 'handout', 'sources'] as const

/** One of the pages outside the deck. */
export type AppPage = typeof APP_PAGES[number]

/**
 * Where the pages' scripts, styles and fonts go: the deck's assets/ folder. Files there are named by
 * their content, so a font the deck also uses is the same file, downloaded once for both.
 */
export const APPS_ASSETS_DIR = 'assets'

/** Options of {@link appsConfig}. */
export interface AppsBuildOptions {
  /** The built site's folder; the pages go in its subfolders (quiz/, join/, …). */
  readonly outDir: string
  /** The site's base path, as the deck's (default `/`). */
  readonly base?: string
  /** `development` keeps Vue's warnings (the tests' copy); `production` otherwise. */
  readonly mode?: 'development' | 'production'
  /** Vite's log: `silent` unless the build is asked to be verbose. */
  readonly logLevel?: InlineConfig['logLevel']
  /** The pages to build; all of them by default. */
  readonly pages?: readonly AppPage[]
  /** The site's address for this build only (the handout's quiz address), as `--site-url` gives it. */
  readonly siteUrl?: string
  /** A build for the classroom server: the quiz handed in to it, no answer in any page (setup/class-mode.ts). */
  readonly classMode?: boolean
  /** Whether the site has the offline copy: the pages register its service worker (setup/offline.ts). */
  readonly offline?: boolean
}

const appsRoot = import.meta.dirname
const projectRoot = resolve(appsRoot, '..')

/** The Vite configuration that builds the pages into `outDir`, beside the deck. */
export function appsConfig({ outDir, base = '/', mode = 'production', logLevel = 'warn', pages = APP_PAGES, siteUrl, classMode = false, offline = false }: AppsBuildOptions): InlineConfig {
  return {
    configFile: false,
    root: appsRoot,
    base,
    mode,
    logLevel,
    // Absolute addresses such as /favicon.svg are the deck's public files, already in the site.
    publicDir: resolve(projectRoot, 'public'),
    plugins: [vue(), ...lessonPlugins(projectRoot, { [CLASS_MODE_ENV]: classMode ? '1' : '0', [OFFLINE_ENV]: offline ? '1' : '0' })],
    define: {
      // Vue's own checks and warnings follow the mode, as in the deck.
      'process.env.NODE_ENV': JSON.stringify(mode),
      ...(siteUrl === undefined ? {} : { [`import.meta.env.${SITE_URL_ENV}`]: JSON.stringify(siteUrl) }),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      assetsDir: APPS_ASSETS_DIR,
      // Small fonts stay files, so a page that shows no Chinese downloads no Chinese font.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: Object.fromEntries(pages.map(page => [page, resolve(appsRoot, page, 'index.html')])),
      },
    },
  }
}
