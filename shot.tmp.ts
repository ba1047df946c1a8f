import process from 'node:process'
import { startStaticServer } from './scripts/serve'
import { launchChromium } from './test/support/browser'

const [dir, out, ...slides] = process.argv.slice(2)
const server = await startStaticServer({ root: dir!, host: "127.0.0.1", port: 0 })
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
for (const s of slides) {
  const path = s
  await page.goto(`${server.url}/${path}?clicks=99`, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${out}/${path.replace(/\//g, '_')}.png` })
}
await browser.close()
await server.close()
