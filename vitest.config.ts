import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Two projects, run in this order by `npm test`:
// - unit: pure modules (quiz/, content/, scripts/) in Node, components in happy-dom;
// - e2e: tests in test/ that build the site, export the PDF and drive a real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['{quiz,content,components,scripts,setup}/**/*.test.ts'],
          environment: 'node',
          // vue-tsc, not tsc, so that test files importing .vue components type-check too.
          typecheck: { enabled: true, checker: 'vue-tsc', tsconfig: './tsconfig.json', include: ['{quiz,content,components}/**/*.test-d.ts'] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
