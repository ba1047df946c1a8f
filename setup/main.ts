// The projector shows no mouse pointer. Slidev hides it on the slide show 2 s after the pointer last
// moved (`useHideCursorIdle`), but only once it has moved at all: a teacher who left the mouse still
// on the projector's screen kept a pointer over the slides all lesson. After each change of page,
// Slidev's idle watcher is told that the idle time starts now. It listens on the slide show only, so
// the presenter view, the overview and printing keep their pointer.
//
// A built deck also registers the lesson's service worker, so it reloads with no network after one
// visit (offline.ts).
import { defineAppSetup } from '@slidev/types'
import { registerOffline } from './offline'

/** Long enough for the page's components to be mounted after a change of route. */
const AFTER_RENDER_MS = 300

export default defineAppSetup(({ router }) => {
  if (typeof document === 'undefined')
    return
  registerOffline()
  router.afterEach(() => {
    setTimeout(() => document.body.dispatchEvent(new PointerEvent('pointermove')), AFTER_RENDER_MS)
  })
})
