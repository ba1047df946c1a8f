import type { Plugin } from 'vite'

import { STORAGE_BLOCKED_FLAG, STORAGE_FULL_FLAG } from '../components/quiz/browser-storage'

/**
 * A script for the top of every page. A browser set to "sites can't save data" throws a
 * SecurityError on the mere read of `window.localStorage`; Slidev's client reads it while its
 * modules load, so the whole page stayed blank. Where that read throws, this puts an in-memory
 * stand-in in its place (gone when the tab closes) and raises {@link STORAGE_BLOCKED_FLAG}.
 *
 * A site whose storage is full throws a QuotaExceededError on every write instead, and Slidev's
 * settings (written through VueUse, which logs each failure as a console error) keep writing. There
 * `setItem` drops the write, as blocked storage does, and raises {@link STORAGE_FULL_FLAG}; the quiz
 * reads each save back (components/quiz/browser-storage.ts), so it still knows its answers are not
 * saved and says so.
 */
export const STORAGE_SHIM = `(function () {
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try { void window[name].length; return } catch (error) {}
    var items = new Map()
    var memory = {
      get length() { return items.size },
      key: function (i) { return Array.from(items.keys())[i] ?? null },
      getItem: function (k) { return items.has(String(k)) ? items.get(String(k)) : null },
      setItem: function (k, v) { items.set(String(k), String(v)) },
      removeItem: function (k) { items.delete(String(k)) },
      clear: function () { items.clear() },
    }
    Object.defineProperty(window, name, { value: memory, configurable: true })
    window.${STORAGE_BLOCKED_FLAG} = true
  })
  var setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    try { setItem.call(this, key, value) }
    catch (error) {
      if (!error || (error.name !== 'QuotaExceededError' && error.name !== 'NS_ERROR_DOM_QUOTA_REACHED')) throw error
      window.${STORAGE_FULL_FLAG} = true
    }
  }
})()`

/** A Vite plugin that puts {@link STORAGE_SHIM} first in the page's `<head>`. */
export function storageShim(): Plugin {
  return {
    name: 'lesson:storage-shim',
    transformIndexHtml: () => [{ tag: 'script', children: STORAGE_SHIM, injectTo: 'head-prepend' }],
  }
}
