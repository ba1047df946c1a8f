import type { Plugin } from 'vite'
import { paletteCss } from '../styles/palette'

/** The module that holds the palette as CSS variables: `import 'virtual:lesson-palette.css'`. */
export const PALETTE_CSS_ID = 'virtual:lesson-palette.css'
const RESOLVED = `\0${PALETTE_CSS_ID}`

/**
 * A Vite plugin that writes styles/palette.ts as CSS custom properties (`--palette-ink`, …), so
 * stylesheets take their colours from the one palette whose contrast is tested.
 */
export function paletteCssPlugin(): Plugin {
  return {
    name: 'lesson:palette-css',
    resolveId: id => (id === PALETTE_CSS_ID ? RESOLVED : undefined),
    load: id => (id === RESOLVED ? paletteCss() : undefined),
  }
}
