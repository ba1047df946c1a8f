import type {} from '@slidev/types'
import { defineConfig } from 'vite'

// Slidev auto-imports components by file name from its built-ins (VClick, VClicks, Toc… which are
// .ts and .vue files) and from our components/. The kebab-case .ts modules and tests beside our
// components are plain code, not components: leave them out by path, so Slidev's own .ts built-ins
// stay available.
//
// Slidev's dev server scans only its own client for dependencies to pre-bundle; ours (uqr, valibot)
// were found while the deck loaded, and Vite then reloaded the page half-way. An export caught in
// that reload printed 40 blank pages. Scanning our components too finds them before the first page,
// and the app setup hook, which imports workbox-window (setup/offline.ts).
export default defineConfig({
  optimizeDeps: {
    entries: ['components/**/*.vue', 'setup/main.ts'],
  },
  slidev: {
    components: {
      globsExclude: ['components/**/*.ts'],
    },
  },
})
