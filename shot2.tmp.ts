import { startStaticServer } from './scripts/serve'
import { launchChromium } from './test/support/browser'

const server = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 })
const browser = await launchChromium()
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  await page.goto(`${server.url}/sources/`, { waitUntil: 'networkidle' })
  await page.screenshot({ path: `/tmp/shots/sources-${width}.png` })
  await page.close()
}
await browser.close()
await server.close()
