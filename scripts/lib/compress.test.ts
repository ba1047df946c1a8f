import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/support/server'
import { compressSite } from './compress'

describe('compressSite', () => {
  it('writes .br and .gz beside every text file that they make smaller, and leaves fonts and images alone', async () => {
    const site = tempDir('site')
    const script = 'export const answer = () => 42;\n'.repeat(200)
    writeFileSync(join(site, 'app.js'), script)
    writeFileSync(join(site, 'index.html'), `<!doctype html><p>${'Hello, class. '.repeat(100)}</p>`)
    writeFileSync(join(site, 'font.woff2'), 'wOF2'.repeat(500))
    writeFileSync(join(site, 'tiny.txt'), 'a')
    const report = await compressSite(site)
    expect(brotliDecompressSync(readFileSync(join(site, 'app.js.br'))).toString()).toBe(script)
    expect(gunzipSync(readFileSync(join(site, 'app.js.gz'))).toString()).toBe(script)
    expect(existsSync(join(site, 'index.html.br'))).toBe(true)
    expect(existsSync(join(site, 'font.woff2.br'))).toBe(false)
    expect(existsSync(join(site, 'tiny.txt.br'))).toBe(false)
    expect(report.files).toBe(3)
    expect(report.brotliBytes).toBeLessThan(report.bytes / 10)
    expect(report.gzipBytes).toBeGreaterThan(report.brotliBytes)
  })
})
