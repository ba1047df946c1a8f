import { execFileSync } from 'node:child_process'
import process from 'node:process'
import { root } from '../scripts/lib/deck'
import { classDistDir, distDir, teacherDistDir } from './support/dirs'

// The end-to-end tests read two built sites, made as `npm run build` makes them (it checks the quiz
// bank first); a failed build fails the run with the build's own output.
// - distDir: what a school hosts for students (no presenter view, no notes), in production mode,
//   so the download budgets measure what ships. (Vitest sets NODE_ENV=test, which would bundle
//   Vue's development build.)
// - teacherDistDir: `--presenter`, in development mode, so that the browser walk sees Vue's warnings.
// - classDistDir: `--class`, what the classroom server gives students, in development mode too.
// LESSON_REUSE_DIST=1 skips the rebuild while iterating on a test; LESSON_DIST_DIR builds elsewhere.
export default function setup(): void {
  if (process.env.LESSON_REUSE_DIST === '1')
    return
  const build = (args: string[], nodeEnv: string): void => {
    execFileSync('npx', ['tsx', 'scripts/build.ts', ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: nodeEnv } })
  }
  build(['--out', distDir], 'production')
  build(['--out', teacherDistDir, '--presenter'], 'development')
  build(['--out', classDistDir, '--class'], 'development')
}
