import { execFileSync } from 'node:child_process'
import process from 'node:process'
import { distDir, root } from './support/deck'

// The end-to-end tests read the built site in dist/. Build it once, as `npm run build` does (it
// validates the quiz bank first); a failed build fails the run with the build's own output.
// LESSON_REUSE_DIST=1 skips the rebuild while iterating on a test; LESSON_DIST_DIR builds elsewhere.
export default function setup(): void {
  if (process.env.LESSON_REUSE_DIST === '1')
    return
  // Vitest sets NODE_ENV=test, which would make Vite bundle Vue's development build: test what ships.
  const env = { ...process.env, NODE_ENV: 'production' }
  execFileSync('npm', ['run', 'build', '--silent', '--', '--out', distDir], { cwd: root, stdio: 'inherit', env })
}
