import type {} from '@slidev/types'
import { defineConfig } from 'vite'

// Slidev auto-imports components/ by file name. Only .vue files are components: the kebab-case .ts
// modules and tests beside them are plain code, and would otherwise clash with the component names.
export default defineConfig({
  slidev: {
    components: {
      extensions: ['vue', 'md'],
    },
  },
})
