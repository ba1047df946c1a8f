// Precompresses a built site: a .br (brotli, highest quality) and a .gz (gzip, level 9) beside
// every text file, so the classroom server sends phones the smallest copy without compressing
// on each request. Already-compressed formats (fonts, images) are left alone.
//
//   npx tsx scripts/lib/compress.ts dist
import type { Buffer } from 'node:buffer'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { humanSize } from './sizes'

/** The files worth compressing: text. Fonts (.woff2) and images are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.map', '.xml', '.webmanifest'])

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** What {@link compressSite} did. */
export interface CompressReport {
  /** Text files found. */
  readonly files: number
  /** Their size, uncompressed. */
  readonly bytes: number
  /** The size of their .br copies (or of the file, where brotli did not make it smaller). */
  readonly brotliBytes: number
  readonly gzipBytes: number
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return textFiles(path)
    return entry.isFile() && COMPRESSIBLE.has(extname(entry.name).toLowerCase()) ? [path] : []
  })
}

async function compressFile(path: string): Promise<{ bytes: number, br: number, gz: number }> {
  const content = readFileSync(path)
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: constants.Z_BEST_COMPRESSION }),
  ])
  // A copy is only written when it is smaller: a tiny file gains nothing, and the server then
  // sends the file itself.
  const keep = (copy: Buffer, suffix: string): number => {
    if (copy.length >= content.length) {
      rmSync(`${path}${suffix}`, { force: true })
      return content.length
    }
    writeFileSync(`${path}${suffix}`, copy)
    return copy.length
  }
  return { bytes: content.length, br: keep(br, '.br'), gz: keep(gzipped, '.gz') }
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every .html, .js, .css, .svg, .json, .txt and .map
 * file below `dir` (replacing older copies), a few files at a time. Uses node:zlib only.
 */
export async function compressSite(dir: string): Promise<CompressReport> {
  const queue = textFiles(resolve(dir))
  const report = { files: queue.length, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  const worker = async (): Promise<void> => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const sizes = await compressFile(path)
      report.bytes += sizes.bytes
      report.brotliBytes += sizes.br
      report.gzipBytes += sizes.gz
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker))
  return report
}

async function main(argv: readonly string[]): Promise<number> {
  const [dir] = argv
  if (dir === undefined || argv.length > 1 || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('Usage: npx tsx scripts/lib/compress.ts <built site folder>')
    return 2
  }
  const report = await compressSite(dir)
  console.log(`Compressed ${report.files} files in ${dir}/: ${humanSize(report.bytes)} → ${humanSize(report.brotliBytes)} brotli, ${humanSize(report.gzipBytes)} gzip.`)
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2))
