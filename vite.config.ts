import type {} from '@slidev/types'
import { defineConfig } from 'vite'

// Slidev auto-imports components by file name from its built-ins (VClick, VClicks, Toc… which are
// .ts and .vue files) and from our components/. The kebab-case .ts modules and tests beside our
// components are plain code, not components: leave them out by path, so Slidev's own .ts built-ins
// stay available.
export default defineConfig({
  slidev: {
    components: {
      globsExclude: ['components/**/*.ts'],
    },
  },
})
