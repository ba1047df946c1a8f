import type { Plugin } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { classMode } from './class-mode'
import { keepUsedGlyphRanges } from './font-subset'
import { offlineFlag } from './offline-build'
import { paletteCssPlugin } from './palette-css'
import { storageShim } from './storage-shim'

const NOTO_SANS_SC_CSS = /@fontsource[\\/]noto-sans-sc[\\/]\d+\.css$/

/**
 * The Vite plugins the deck (setup/vite-plugins.ts) and the pages outside it (apps/) share: the
 * palette as CSS variables, the storage stand-in for browsers that block site data, and Noto Sans
 * SC trimmed to the pieces the lesson's text uses, so slide 1 and the student pages stay within
 * their download budgets; and, in a build for the classroom server, no answer in what students load
 * (class-mode.ts); whether the build has the offline copy (offline-build.ts).
 */
export function lessonPlugins(projectRoot: string, env: Record<string, string | undefined> = process.env): Plugin[] {
  return [
    classMode(env),
    offlineFlag(env),
    paletteCssPlugin(),
    storageShim(),
    keepUsedGlyphRanges({
      stylesheet: NOTO_SANS_SC_CSS,
      sources: ['slides.md', 'pages', 'content', 'quiz', 'components', 'apps'].map(p => join(projectRoot, p)),
    }),
  ]
}
