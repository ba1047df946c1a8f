// The page's side of the offline copy: the deck (setup/main.ts), /quiz and /join register the
// lesson's service worker (setup/service-worker.ts), tell it what they have already loaded, and
// show "A newer version of the lesson is ready" when a newer build's worker waits. A page left open
// (the deck on the projector, a quiz open for days) asks for a newer build every half hour; the
// browser itself asks only when a page is opened.
//
// Only in a built site that has a worker (`npm run build`, not the teacher's `--presenter` copy,
// not `npm run dev`), and only where browsers allow workers: https, or localhost. A phone that
// opens the classroom server's plain http address on the Wi-Fi gets no worker, and needs none:
// the class needs the laptop anyway.
import { Workbox } from 'workbox-window'
import { offlineRoute, SERVICE_WORKER_FILE } from './offline-rules'
import './offline.css'

/**
 * What the page has loaded from its own site so far: the page itself, its scripts, styles and font
 * pieces. They came before the worker was there, so the worker is told to keep them.
 */
export function loadedUrls(): string[] {
  const own = (url: string): boolean => url.startsWith(`${location.origin}/`)
  const resources = performance.getEntriesByType('resource').map(entry => entry.name)
  return [...new Set([location.href, ...resources])].filter(own)
}

/** The notice's words, before its button. */
export const UPDATE_NOTICE = 'A newer version of the lesson is ready.'

/**
 * Shows the notice over the page; its Reload button hands over to the newer version, which reloads
 * the page, and Later puts it away (on a phone it covers the bottom of the quiz), leaving the
 * newer version for the next visit. Plain DOM, not a Vue app: it sits over the deck's app and the
 * pages' alike.
 */
export function showUpdateNotice(takeNewer: () => void): void {
  if (document.querySelector('.lesson-update-notice'))
    return
  const notice = document.createElement('p')
  notice.className = 'lesson-update-notice'
  notice.setAttribute('role', 'status')
  const words = document.createElement('span')
  words.textContent = UPDATE_NOTICE
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = 'Reload'
  button.addEventListener('click', takeNewer)
  const later = document.createElement('button')
  later.type = 'button'
  later.className = 'lesson-update-later'
  later.textContent = 'Later'
  later.addEventListener('click', () => notice.remove())
  notice.append(words, button, later)
  document.body.append(notice)
}

/** How often a page left open asks whether a newer build is online, in minutes. */
export const UPDATE_CHECK_MINUTES = 30

/** Registers the lesson's service worker, where the build has one and the browser allows it. */
export function registerOffline(): void {
  // The build defines this (setup/offline-build.ts); written out, so that Vite replaces it.
  if (import.meta.env.VITE_LESSON_OFFLINE !== '1' || typeof navigator === 'undefined')
    return
  if (!('serviceWorker' in navigator) || !window.isSecureContext)
    return
  const base = import.meta.env.BASE_URL
  const firstVisit = navigator.serviceWorker.controller === null
  const workbox = new Workbox(`${base}${SERVICE_WORKER_FILE}`, { scope: base })
  let asked = false
  const takeNewer = async (): Promise<void> => {
    const registration = await navigator.serviceWorker.getRegistration(base)
    // Another tab's Reload may have put the newer version in charge already: then reload only.
    if (!registration?.waiting) {
      location.reload()
      return
    }
    if (!asked)
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
    asked = true
    workbox.messageSkipWaiting()
  }
  workbox.addEventListener('waiting', () => showUpdateNotice(() => void takeNewer()))
  // A browser that blocks site data refuses the worker: the page works as before, without it.
  workbox.register().then(async (registration) => {
    if (registration === undefined)
      return
    // Offline, there is nothing to ask; the next half hour asks again.
    setInterval(() => {
      if (navigator.onLine)
        workbox.update().catch(() => {})
    }, UPDATE_CHECK_MINUTES * 60_000)
    if (!firstVisit)
      return
    await workbox.controlling
    const scope = new URL(base, location.href)
    const keep = (urls: readonly string[]): void => {
      const kept = urls.filter(url => offlineRoute(new URL(url), scope).kind !== 'network')
      if (kept.length > 0)
        workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: kept } }).catch(() => {})
    }
    keep(loadedUrls())
    // A file whose download began before the worker took over (a font piece, a slide) ends later,
    // still without it: it is passed on as it ends. What the worker handled itself, it has kept.
    new PerformanceObserver((entries) => {
      keep(entries.getEntries().filter(entry => (entry as PerformanceResourceTiming).workerStart === 0).map(entry => entry.name))
    }).observe({ type: 'resource' })
  }).catch(() => {})
}
