import type { Plugin } from 'vite'

/**
 * The opening tag of the wrapper in Slidev 52's `internals/MenuButton.vue`. Every menu that uses it
 * (settings, sync, recording) puts an `IconButton` — itself a `<button>` — in the `button` slot, so
 * the page gets a button inside a button (axe `nested-interactive`, serious): screen readers announce
 * it wrongly and some drop the inner label.
 */
const WRAPPER_OPEN = '<button :class="{ disabled }" @click="value = !value">'
const WRAPPER_CLOSE = '</button>'
const MENU_BUTTON_FILE = /[\\/]@slidev[\\/]client[\\/]internals[\\/]MenuButton\.vue$/

/**
 * Rewrites the wrapper into a `<div>` that keeps the click handler: the inner `IconButton` stays the
 * one focusable control, and its click (from mouse, Enter or Space) bubbles up and toggles the menu
 * exactly as before.
 *
 * Throws when the source no longer matches, so an upgrade of Slidev that changes the file is
 * noticed at build time instead of silently bringing the violation back.
 */
export function patchMenuButtonSource(source: string): string {
  const start = source.indexOf(WRAPPER_OPEN)
  if (start === -1)
    throw new Error('patch-menu-button: Slidev\'s MenuButton.vue changed; review setup/patch-menu-button.ts')
  const end = source.indexOf(WRAPPER_CLOSE, start)
  if (end === -1)
    throw new Error('patch-menu-button: no closing </button> in MenuButton.vue')
  return `${source.slice(0, start)
  }<div class="slidev-menu-toggle" :class="{ disabled }" @click="value = !value">${
    source.slice(start + WRAPPER_OPEN.length, end)
  }</div>${
    source.slice(end + WRAPPER_CLOSE.length)}`
}

/** A Vite plugin that applies {@link patchMenuButtonSource} before Vue compiles the component. */
export function patchMenuButton(): Plugin {
  return {
    name: 'lesson:patch-menu-button',
    enforce: 'pre',
    transform(code, id) {
      if (!MENU_BUTTON_FILE.test(id))
        return
      return { code: patchMenuButtonSource(code), map: null }
    },
  }
}
