// `npm run export` and `npm run export:notes`: Slidev's own exporter, run with a Chromium found on
// this machine instead of one Playwright would download.
//
//   npm run export                 -> exports/chinese-tech-lesson.pdf        (one page per slide)
//   npm run export:notes           -> exports/chinese-tech-lesson-notes.pdf  (speaker-notes handout)
//   npm run export -- --format png -> exports/chinese-tech-lesson/*.png      (one image per slide)
//
// Any other arguments are passed to `slidev export` (see `npx slidev export --help`).
import process from 'node:process'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './chromium'

type LaunchOptions = { executablePath?: string, args?: string[] } & Record<string, unknown>

async function main(argv: string[]): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    process.exit(1)
  }

  // The tests set LESSON_BLOCK_NETWORK=1 to prove the export needs no internet: every host name but
  // localhost then fails to resolve inside the browser.
  const blockNetwork = process.env.LESSON_BLOCK_NETWORK === '1'
    ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']
    : []

  // Slidev imports `playwright-chromium` (an alias of playwright-core here) and calls
  // `chromium.launch()`; for notes it passes no executable path at all. Both share this module
  // instance, so giving `launch` our browser and flags covers every export Slidev does.
  const { chromium } = await import('playwright-chromium')
  const launch = chromium.launch.bind(chromium) as (options?: LaunchOptions) => Promise<unknown>
  Object.assign(chromium, {
    launch: (options: LaunchOptions = {}) => launch({
      ...options,
      executablePath,
      args: [...CHROMIUM_ARGS, ...blockNetwork, ...(options.args ?? [])],
    }),
  })

  const notes = argv.includes('--notes')
  const rest = argv.filter(arg => arg !== '--notes')
  process.argv = [process.argv[0]!, 'slidev', notes ? 'export-notes' : 'export', ...rest]
  // Importing the CLI entry runs the command in process.argv.
  await import('@slidev/cli/dist/cli.mjs')
}

await main(process.argv.slice(2))
