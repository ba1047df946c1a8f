// Finds a Chromium for the PDF export and the browser tests. Nothing here downloads a browser:
// classrooms and CI machines may have no internet, and Playwright's own download fails there.
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'

/** Flags for a headless Chromium that must not reach the internet or need a GPU or sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const

/** One line that tells a person how to get a browser when none is found. */
export const NO_CHROMIUM_HELP = 'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; '
  + 'macOS/Windows: install Google Chrome) or set CHROMIUM_PATH to its executable.'

const PLAYWRIGHT_BUILD = /^chromium(?:_headless_shell)?-\d+$/

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

const FIXED_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  /** Where Playwright keeps browsers it installed earlier (`npx playwright install`). */
  playwrightCache?: string
  listDir?: (path: string) => string[]
}

function onPath(env: Record<string, string | undefined>, exists: (p: string) => boolean): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const candidate = join(dir, name)
      if (exists(candidate))
        return candidate
    }
  }
  return undefined
}

function inPlaywrightCache(cache: string, exists: (p: string) => boolean, listDir: (p: string) => string[]): string | undefined {
  if (!exists(cache))
    return undefined
  const builds = listDir(cache).filter(name => PLAYWRIGHT_BUILD.test(name)).sort().reverse()
  for (const build of builds) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-linux/headless_shell']) {
      const candidate = join(cache, build, rel)
      if (exists(candidate))
        return candidate
    }
  }
  return undefined
}

/**
 * The browser to use: `CHROMIUM_PATH` when set (and an error if it points nowhere), else a system
 * Chromium or Chrome, else one Playwright installed earlier; `undefined` when there is none.
 */
export function findChromium(options: FindChromiumOptions = {}): string | undefined {
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const listDir = options.listDir ?? ((p: string) => readdirSync(p))
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`)
    return fromEnv
  }
  return FIXED_PATHS.find(p => exists(p))
    ?? onPath(env, exists)
    ?? inPlaywrightCache(options.playwrightCache ?? env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'), exists, listDir)
}
