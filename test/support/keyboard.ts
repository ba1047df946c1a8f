import type { Locator, Page } from 'playwright-chromium'

/** What has the keyboard focus, described for a failure message; `body` when nothing has it. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body)
      return 'body'
    const name = el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name.trim()}"`
  })
}

/**
 * Presses a key, as a person does, and fails if the focus then rests on the page's body. The page
 * gets a moment to settle: a button that goes away as its click is handled may leave the focus on
 * the body until the next render moves it, which no one can notice; staying there is the failure.
 */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key)
  // Up to 5 s: on a loaded machine, the render that moves the focus can wait for a server's reply.
  for (let wait = 0; wait < 100 && await focusedElement(page) === 'body'; wait++)
    await page.waitForTimeout(50)
  if (await focusedElement(page) === 'body')
    throw new Error(`after pressing ${key}, the keyboard focus fell to <body> and stayed there`)
}

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when it lies before the focus), as a keyboard
 * user does, checking after every step that the focus never falls to the body.
 */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  await target.waitFor()
  for (let step = 0; step < max; step++) {
    if (await target.evaluate(el => el === document.activeElement))
      return
    const backwards = await target.evaluate((el) => {
      const active = document.activeElement
      return !!active && active !== document.body && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    await press(page, backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`could not reach ${target.toString()} with Tab in ${max} steps; the focus is on ${await focusedElement(page)}`)
}
