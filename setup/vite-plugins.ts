import { join } from 'node:path'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { keepUsedGlyphRanges } from './font-subset'
import { paletteCssPlugin } from './palette-css'
import { patchSlidev } from './patch-slidev'
import { presenterOptIn } from './presenter-opt-in'
import { storageShim } from './storage-shim'

const NOTO_SANS_SC_CSS = /@fontsource[\\/]noto-sans-sc[\\/]\d+\.css$/

export default defineVitePluginsSetup(({ userRoot }) => [
  patchSlidev(),
  paletteCssPlugin(),
  presenterOptIn(process.env),
  storageShim(),
  // Noto Sans SC ships as ~100 unicode-range pieces; keep only those the lesson's text uses, so
  // slide 1 and the quiz page stay within their download budget.
  keepUsedGlyphRanges({
    stylesheet: NOTO_SANS_SC_CSS,
    sources: ['slides.md', 'pages', 'content', 'quiz', 'components'].map(p => join(userRoot, p)),
  }),
])
