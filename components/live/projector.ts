// The projector's view of the live quiz, shared by every live slide on the page: Slidev renders the
// current slide and its neighbours (and the presenter view its own copies), and they all read one
// stream, opened while at least one of them is on screen.
import type { Info, ProjectorState } from '../../quiz/live/protocol'
import type { StreamStatus } from './live-client'
import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import { InfoSchema, ProjectorStateSchema } from '../../quiz/live/protocol'
import { openStateStream, request } from './live-client'

/** Whether this page was served by the classroom server: unknown until asked, then yes or no. */
export type ServerPresence = 'unknown' | 'present' | 'absent'

/** What the live slides read. */
export const projector = {
  presence: shallowRef<ServerPresence>('unknown'),
  info: shallowRef<Info | undefined>(undefined),
  state: shallowRef<ProjectorState | undefined>(undefined),
  status: shallowRef<StreamStatus>('connecting'),
  /** The stream was connected, and is not now (the server stopped, froze or cannot be reached). */
  lost: shallowRef(false),
}

let asked: Promise<ServerPresence> | undefined

/**
 * Asks once per page whether the classroom server is there (`GET /api/info`). A static host, the
 * dev server and the PDF export answer with something else, and the slides fall back to quick
 * checks answered aloud.
 */
export function findServer(): Promise<ServerPresence> {
  asked ??= request('info', InfoSchema, { timeoutMs: 3000 }).then((reply) => {
    projector.info.value = reply.ok ? reply.value : undefined
    projector.presence.value = reply.ok ? 'present' : 'absent'
    return projector.presence.value
  })
  return asked
}

let readers = 0
let stream: { close: () => void } | undefined
let connectedOnce = false

/** Starts reading the projector stream for one more slide; the returned function stops it. */
export function watchProjector(): () => void {
  readers++
  if (stream === undefined) {
    stream = openStateStream('projector/events', ProjectorStateSchema, (state) => {
      projector.state.value = state
    }, (status) => {
      projector.status.value = status
      if (status === 'open')
        connectedOnce = true
      projector.lost.value = connectedOnce && status === 'connecting'
    })
  }
  let stopped = false
  return () => {
    if (stopped)
      return
    stopped = true
    readers--
    if (readers === 0) {
      stream?.close()
      stream = undefined
    }
  }
}

/**
 * For a live slide's component: once mounted, asks whether the classroom server is there and, if it
 * is and `listen()` agrees (the slide on screen, not a thumbnail), reads the projector stream until
 * the component goes. Nothing is asked while printing.
 */
export function useProjector({ printing, listen = () => true }: { printing: boolean, listen?: () => boolean }): void {
  let stop: (() => void) | undefined
  let gone = false
  onMounted(async () => {
    if (printing || (await findServer()) !== 'present' || gone || !listen())
      return
    stop = watchProjector()
  })
  onBeforeUnmount(() => {
    gone = true
    stop?.()
  })
}
