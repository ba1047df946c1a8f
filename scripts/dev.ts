// `npm run dev`: Slidev's dev server for presenting and editing, with a banner a teacher reads: the
// deck, the presenter view and the self-paced quiz (/quiz, served by the deck's own router in dev,
// see setup/routes.ts). Slidev's options pass through (`npm run dev -- --remote`, `--port 3031`);
// its own banner is replaced, everything else it prints (warnings, errors, restarts) is shown.
// Ctrl+C stops it.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { root } from './lib/deck'

/** The addresses Slidev's banner names: the deck, the presenter view, and the addresses for other devices. */
export interface SlidevAddresses {
  /** The deck on this computer, such as `http://localhost:3030/` (with a trailing slash). */
  deck: string
  /** The deck with the presenter password (`--remote=PASSWORD`), when there is one. */
  privateDeck?: string
  presenter?: string
  /** `--remote`: the deck's addresses on the network, for other devices. */
  remote: string[]
}

const BANNER_START = /^\s*●■▲\s*$/
const BANNER_END = /^\s*shortcuts\s+>/
const BANNER_LINE = /^\s*([a-z]+(?: [a-z]+)*)\s+>\s+(\S+)/
const ENTRY_PATH = /\/entry(\?[^/]*)?\/$/

/**
 * Reads Slidev's banner (its lines without colours). Returns undefined when the banner names no deck
 * address (Slidev changed its wording: then its own banner is shown instead of ours).
 */
export function readSlidevBanner(lines: readonly string[]): SlidevAddresses | undefined {
  const found: SlidevAddresses = { deck: '', remote: [] }
  for (const line of lines) {
    const [, label, url] = BANNER_LINE.exec(line) ?? []
    if (!url?.startsWith('http'))
      continue
    if (label === 'public slide show')
      found.deck = url
    else if (label === 'private slide show')
      found.privateDeck = url
    else if (label === 'presenter mode')
      found.presenter = url
    // Slidev names the remote-control entry page; the deck itself is at the root of that address.
    else if (label === 'remote control')
      found.remote.push(url.replace(ENTRY_PATH, '/'))
  }
  return found.deck ? found : undefined
}

/** The banner `npm run dev` prints once the deck is served. */
export function devBanner(addresses: SlidevAddresses): string {
  const deck = addresses.deck.endsWith('/') ? addresses.deck : `${addresses.deck}/`
  const lines = [
    `The lesson is being served (Ctrl+C stops it):`,
    `  deck:            ${deck}`,
    `  presenter view:  ${addresses.presenter ?? 'not available'}`,
    `  quiz:            ${deck}quiz`,
  ]
  if (addresses.privateDeck)
    lines.push(`  deck, password:  ${addresses.privateDeck}`)
  for (const url of addresses.remote)
    lines.push(`  other devices:   ${url}`)
  if (addresses.remote.length === 0)
    lines.push('  Only this computer can open them; `npm run dev -- --remote` serves the room\'s network too.')
  return lines.join('\n')
}

/**
 * Passes Slidev's output through, line by line, except its banner, which it replaces with ours.
 * Blank lines just before the banner go with it.
 */
export class SlidevOutput {
  private partial = ''
  private banner: string[] | undefined
  private blanks = 0

  constructor(private readonly print: (text: string) => void) {}

  /** Takes a chunk of Slidev's standard output. */
  take(chunk: string): void {
    const lines = (this.partial + chunk).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines)
      this.line(line)
  }

  /** Prints what is left (a last line without its newline). */
  flush(): void {
    if (this.partial)
      this.line(this.partial)
    this.partial = ''
    if (this.banner)
      this.print(`${this.banner.join('\n')}\n`)
    this.banner = undefined
  }

  private line(raw: string): void {
    const line = stripVTControlCharacters(raw)
    if (this.banner) {
      this.banner.push(raw)
      if (!BANNER_END.test(line))
        return
      const addresses = readSlidevBanner(this.banner.map(l => stripVTControlCharacters(l)))
      this.print(addresses ? `${devBanner(addresses)}\n` : `${this.banner.join('\n')}\n`)
      this.banner = undefined
      return
    }
    if (line.trim() === '') {
      this.blanks++
      return
    }
    if (BANNER_START.test(line)) {
      this.blanks = 0
      this.banner = [raw]
      return
    }
    if (this.blanks > 0)
      this.print('\n'.repeat(this.blanks))
    this.blanks = 0
    this.print(`${raw}\n`)
  }
}

function slidevBin(): string {
  const require = createRequire(import.meta.url)
  const pkgPath = require.resolve('@slidev/cli/package.json')
  const { bin } = require(pkgPath) as { bin: Record<string, string> }
  return resolve(pkgPath, '..', bin.slidev!)
}

function main(argv: readonly string[]): void {
  console.log('Starting the lesson\'s dev server …')
  const child: ChildProcess = spawn(process.execPath, [slidevBin(), ...argv], {
    cwd: root,
    // Slidev's keys (r restart, o open, q quit) need the terminal; its output comes to us.
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  const output = new SlidevOutput(text => process.stdout.write(text))
  child.stdout?.setEncoding('utf8')
  child.stdout?.on('data', (chunk: string) => output.take(chunk))
  // Ctrl+C reaches Slidev too (same terminal); a signal sent to us alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => {
    output.flush()
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  main(process.argv.slice(2))
