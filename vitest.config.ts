import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Two projects, run in this order by `npm test`:
// - unit: pure modules (quiz/, content/, config/, server/, scripts/, setup/) in Node, components in
//   happy-dom, and the tests in test/unit/ that read the deck and the documents across modules but
//   need no build. Types, the *.test-d.ts type tests included, are checked once, by
//   `npm run typecheck` (vue-tsc), before this runs.
// - e2e: the tests at the top of test/, which build the site, export the PDF and drive a real
//   Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['{quiz,content,config,components,server,scripts,setup,styles}/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/*.test.ts'],
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
