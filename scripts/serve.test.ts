import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lanAddresses } from '../server/network'
import { tempSite } from '../test/support/server'
import { previewBanner, startStaticServer } from './serve'

describe('npm run preview', () => {
  it('fails with one line naming the busy port and --port, instead of exiting 0', async () => {
    const site = mkdtempSync(join(tmpdir(), 'preview-'))
    writeFileSync(join(site, 'index.html'), '<!doctype html>')
    const busy = createServer()
    await new Promise<void>(ok => busy.listen(0, '127.0.0.1', ok))
    const port = (busy.address() as { port: number }).port
    const run = spawnSync('npx', ['tsx', 'scripts/serve.ts', '--dir', site, '--port', String(port)], { encoding: 'utf8' })
    busy.close()
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(`port ${port} is already in use`)
    expect(run.stderr).toContain(`--port ${port + 1}`)
  })

  it('refuses an unknown option with the usage and exit code 2', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/serve.ts', '--prot', '80'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--port NUMBER')
  })

  it('shows the deck, the presenter view and the quiz addresses', () => {
    expect(previewBanner('http://192.168.1.20:4173', 'dist', true)).toContain('presenter view:  http://192.168.1.20:4173/presenter')
    const banner = previewBanner('http://127.0.0.1:4173', 'dist', false)
    expect(banner).toContain('deck:            http://127.0.0.1:4173/')
    expect(banner).toContain('quiz:            http://127.0.0.1:4173/quiz')
    expect(banner).toContain('npm run build -- --presenter')
  })
})

describe('startStaticServer', () => {
  it('serves the pages as the classroom server does: a folder\'s page, the deck for app routes, compressed copies, the site\'s "no classroom" answer', async () => {
    const site = tempSite('preview')
    mkdirSync(join(site, 'api'))
    writeFileSync(join(site, 'api', 'info'), '{"classroom":false}')
    const server = await startStaticServer({ root: site })
    try {
      const text = async (path: string, headers: Record<string, string> = {}) => {
        const res = await fetch(`${server.url}${path}`, { headers })
        return { status: res.status, body: await res.text(), encoding: res.headers.get('content-encoding') }
      }
      expect((await text('/quiz')).body).toContain('<title>preview quiz</title>')
      expect((await text('/join/')).body).toContain('<title>preview join</title>')
      expect((await text('/12')).body).toContain('<title>preview deck</title>')
      expect((await text('/api/info')).body).toBe('{"classroom":false}')
      expect((await text('/api/answer')).status).toBe(404)
      expect((await text('/assets/missing.js')).status).toBe(404)
      expect((await text('/assets/index-abc123.js', { 'accept-encoding': 'br' })).encoding).toBe('br')
    }
    finally {
      await server.close()
    }
  })
})

describe('lanAddresses', () => {
  it('lists the addresses other devices reach, most likely first, without loopback or link-local ones', () => {
    const info = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '', mac: '', cidr: null })
    expect(lanAddresses({
      lo: [info('127.0.0.1', true)],
      docker0: [info('172.17.0.1')],
      wlan0: [info('192.168.1.20'), { ...info('fe80::1'), family: 'IPv6' as const, scopeid: 0 }],
      eth1: [info('169.254.3.4')],
    })).toEqual(['192.168.1.20', '172.17.0.1'])
  })
})
