// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadedUrls, registerOffline, showUpdateNotice, UPDATE_NOTICE } from './offline'

afterEach(() => {
  document.body.replaceChildren()
})

describe('showUpdateNotice', () => {
  it('says a newer version is ready, as a status, with a Reload button that takes it', () => {
    const takeNewer = vi.fn()
    showUpdateNotice(takeNewer)
    const notice = document.querySelector('[role="status"]')!
    expect(notice.textContent).toBe(`${UPDATE_NOTICE}ReloadLater`)
    const button = notice.querySelector('button')!
    expect(button.type).toBe('button')
    expect(takeNewer).not.toHaveBeenCalled()
    button.click()
    expect(takeNewer).toHaveBeenCalledTimes(1)
  })

  it('goes away on Later, taking nothing, so it never hides the quiz for good', () => {
    const takeNewer = vi.fn()
    showUpdateNotice(takeNewer)
    const later = [...document.querySelectorAll('button')].find(b => b.textContent === 'Later')!
    later.click()
    expect(document.querySelector('[role="status"]')).toBeNull()
    expect(takeNewer).not.toHaveBeenCalled()
  })

  it('shows one notice, however often the newer version is announced', () => {
    showUpdateNotice(() => {})
    showUpdateNotice(() => {})
    expect(document.querySelectorAll('[role="status"]')).toHaveLength(1)
  })
})

describe('loadedUrls', () => {
  it('lists the page and what it loaded from its own site, once each, nothing from another host', () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${location.origin}/assets/index-a1.js` },
      { name: `${location.origin}/assets/index-a1.js` },
      { name: `${location.origin}/assets/font-b2.woff2` },
      { name: 'https://elsewhere.example/tracker.js' },
    ] as PerformanceEntry[])
    expect(loadedUrls()).toEqual([location.href, `${location.origin}/assets/index-a1.js`, `${location.origin}/assets/font-b2.woff2`])
    vi.restoreAllMocks()
  })
})

describe('registerOffline', () => {
  it('registers nothing outside a build that has the offline copy (npm run dev, the unit tests)', () => {
    const register = vi.fn()
    vi.stubGlobal('navigator', { serviceWorker: { register, controller: null } })
    registerOffline()
    expect(register).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })
})
