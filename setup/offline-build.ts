// Whether a build has the offline copy (a service worker): `npm run build` turns it on for the sites
// students open, and off for the teacher's `--presenter` copy, so nothing of the teacher's is kept
// in a browser's offline copy. `npm run dev` never has it.
import type { Plugin } from 'vite'

/** The environment variable that turns the offline copy on for a build (`1`). */
export const OFFLINE_ENV = 'LESSON_OFFLINE'

/** The key of `import.meta.env` the pages read: `'1'` in a build with a service worker. */
export const OFFLINE_DEFINE_KEY = 'VITE_LESSON_OFFLINE'

/** The plugin; defines the key as `'1'` when `env[OFFLINE_ENV]` is `1`, else `'0'`. */
export function offlineFlag(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'lesson:offline-flag',
    config: () => ({ define: { [`import.meta.env.${OFFLINE_DEFINE_KEY}`]: JSON.stringify(env[OFFLINE_ENV] === '1' ? '1' : '0') } }),
  }
}
