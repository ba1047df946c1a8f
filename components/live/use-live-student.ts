// The live quiz on a student's phone, without its screens: who the student is, the state the server
// streams, the answer being given, and what to tell the student about it. StudentLive.vue shows it.
//
// The token is kept in storage, so a reload keeps the identity (the answers are on the server). An
// answer given while the network is down is kept on the phone and sent as soon as the connection is
// back, or the student is told it arrived too late.
import type { Identity, LiveResponse, PublicQuestion, StudentState } from '../../quiz/live/protocol'
import type { StreamStatus } from './live-client'
import type { PendingAnswer } from './live-view'
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { KINDS } from '../../quiz/kinds'
import { AnswerReplySchema, chosenOptionIds, IdentitySchema, InfoSchema, NICKNAME_MAX_LENGTH, StudentStateSchema } from '../../quiz/live/protocol'
import { safeStorage } from '../quiz/browser-storage'
import { joinClass, NO_CONNECTION, openStateStream, request } from './live-client'
import { answerWords, chosenIds, LIVE_STORAGE_KEYS, parsePending, pendingOutcome, sameResponse, verdictWords } from './live-view'

/** Which screen the phone shows. */
export type StudentScreen = 'loading' | 'no-server' | 'join' | 'class'

/** What the student is told about their answer: received, kept for later, too late, refused. */
export interface StudentMessage {
  readonly tone: 'ok' | 'wait' | 'problem'
  readonly text: string
}

/** Where the phone keeps things: localStorage, or a stand-in in tests. */
export type StudentStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The phone's side of the live quiz. `onScreenChange` is called when what the student reads changes
 * (a new screen, question or phase), so the page can move the keyboard to its heading.
 */
export function useLiveStudent(options: { storage: StudentStorage, retryMs: number, onScreenChange: () => void }) {
  const { storage, onScreenChange } = options
  const { read, write } = safeStorage(storage)
  const screen = ref<StudentScreen>('loading')
  const identity = ref<Identity>()
  const state = ref<StudentState>()
  const connection = ref<StreamStatus>('connecting')
  /** Whether the stream has been connected once: only then is "connecting" a lost connection. */
  const connected = ref(false)
  const nickname = ref('')
  const joinError = ref('')
  const joining = ref(false)
  /** The answer as the widget holds it, sent or not. */
  const draft = ref<LiveResponse>()
  const sending = ref(false)
  const message = ref<StudentMessage>()
  const pending = ref<PendingAnswer | undefined>(parsePending(read(LIVE_STORAGE_KEYS.pending)))
  let stream: { close: () => void } | undefined
  let retryTimer: ReturnType<typeof setInterval> | undefined

  watch(pending, value => write(LIVE_STORAGE_KEYS.pending, value === undefined ? undefined : JSON.stringify(value)))

  const question = computed(() => state.value?.question)
  const phase = computed(() => state.value?.phase ?? 'waiting')
  /** The answer to send: none while no option is chosen. */
  const chosen = computed(() => (draft.value && chosenOptionIds(draft.value).length > 0 ? draft.value : undefined))
  const sent = computed(() => state.value?.answer)
  const unchanged = computed(() => chosen.value !== undefined && sameResponse(chosen.value, sent.value))
  const verdict = computed(() => (state.value?.phase === 'revealed' ? verdictWords(state.value) : undefined))
  // The name from the join's reply until the stream's first state arrives, so it never shows "Student n" first.
  const you = computed(() => state.value?.you ?? identity.value)
  const shownName = computed(() => you.value?.nickname || `Student ${you.value?.number ?? ''}`)
  /** After the question closes: the right options (once revealed) and the student's, marked on the options. */
  const marks = computed(() => (phase.value === 'open'
    ? undefined
    : { right: state.value?.result?.rightOptionIds ?? [], yours: chosenIds(sent.value) }))

  async function start(): Promise<void> {
    screen.value = 'loading'
    const token = read(LIVE_STORAGE_KEYS.token)
    if (token !== null) {
      const me = await request('me', IdentitySchema, { token })
      if (me.ok) {
        enterClass(me.value)
        return
      }
      if (me.status === 401)
        write(LIVE_STORAGE_KEYS.token, undefined)
    }
    const info = await request('info', InfoSchema, { timeoutMs: 5000 })
    screen.value = info.ok ? 'join' : 'no-server'
    onScreenChange()
  }

  async function join(): Promise<void> {
    if (joining.value)
      return
    joining.value = true
    joinError.value = ''
    const reply = await joinClass(nickname.value)
    joining.value = false
    if (!reply.ok) {
      joinError.value = reply.error
      return
    }
    write(LIVE_STORAGE_KEYS.token, reply.identity.token)
    enterClass(reply.identity)
  }

  function enterClass(me: Identity): void {
    identity.value = me
    screen.value = 'class'
    stream?.close()
    // An answer kept while offline is settled by the first state after reconnecting (onState), which
    // says whether the question is still open: never sent blind into a question that has closed.
    stream = openStateStream(`events?token=${encodeURIComponent(me.token)}`, StudentStateSchema, onState, (status) => {
      connection.value = status
      if (status === 'open')
        connected.value = true
      else if (status === 'connecting')
        void checkStillInClass(me.token)
    })
    onScreenChange()
  }

  let checking = false
  /**
   * The stream dropped: the network, a restart, or a class that has ended (`npm run class -- --new`),
   * where the server no longer knows the token and the stream would retry in vain. Asked of the
   * server; an ended class sends the student to the join page at once.
   */
  async function checkStillInClass(token: string): Promise<void> {
    if (checking || screen.value !== 'class')
      return
    checking = true
    const me = await request('me', IdentitySchema, { token })
    checking = false
    if (!me.ok && me.status === 401 && identity.value?.token === token)
      leaveEndedClass()
  }

  /** The token belongs to a class that has ended: forget it, and join the new class. */
  function leaveEndedClass(): void {
    write(LIVE_STORAGE_KEYS.token, undefined)
    stream?.close()
    stream = undefined
    state.value = undefined
    identity.value = undefined
    pending.value = undefined
    message.value = undefined
    joinError.value = 'You are not in this class any more (the teacher started a new class, or took you off the list): join again.'
    screen.value = 'join'
    onScreenChange()
  }

  function onState(next: StudentState): void {
    const before = state.value
    state.value = next
    const newQuestion = next.question?.id !== before?.question?.id
    if (newQuestion || next.phase !== before?.phase) {
      if (newQuestion) {
        draft.value = next.answer
        // After a reload (or a question opened again), an answer the server holds is said to be received.
        message.value = next.answer !== undefined && next.phase === 'open' && next.question
          ? receivedMessage(next.question, next.answer)
          : undefined
      }
      else if (message.value?.tone === 'ok') {
        // "Received, you can change it" no longer holds once the question closes.
        message.value = undefined
      }
      onScreenChange()
    }
    if (pending.value !== undefined)
      settlePending(next)
  }

  /** Settles an answer given while offline, now that the server has said where things stand. */
  function settlePending(current: StudentState): void {
    const waiting = pending.value
    if (waiting === undefined)
      return
    const outcome = pendingOutcome(waiting, current)
    if (outcome === 'send') {
      void submit(waiting.response, waiting.questionId)
      return
    }
    pending.value = undefined
    message.value = outcome === 'received'
      ? { tone: 'ok', text: 'Your answer was received.' }
      : { tone: 'problem', text: 'Your answer was not received before the question closed.' }
  }

  /** Tries an unsent answer again while the stream is connected (a request that failed on its own). */
  function retryPending(): void {
    if (pending.value !== undefined && !sending.value && connection.value === 'open' && state.value !== undefined)
      settlePending(state.value)
  }

  async function submit(response: LiveResponse, questionId: string): Promise<void> {
    const token = identity.value?.token
    if (token === undefined || sending.value)
      return
    sending.value = true
    const reply = await request('answer', AnswerReplySchema, { token, body: { questionId, response } })
    sending.value = false
    if (reply.ok) {
      pending.value = undefined
      message.value = receivedMessage(question.value, reply.value.answer)
      return
    }
    if (reply.status === NO_CONNECTION) {
      pending.value = { questionId, response }
      message.value = { tone: 'wait', text: 'Not sent yet: there is no connection. Your answer is kept here and sent as soon as the connection is back.' }
      return
    }
    pending.value = undefined
    if (reply.status === 401) {
      leaveEndedClass()
      return
    }
    message.value = reply.status === 409
      ? { tone: 'problem', text: 'Your answer was not received: the question had already closed.' }
      : { tone: 'problem', text: `Your answer was not received: ${reply.error}.` }
  }

  function receivedMessage(on: PublicQuestion | undefined, answer: LiveResponse): StudentMessage {
    return { tone: 'ok', text: `Received: ${on ? answerWords(on, answer) : 'your answer'}. You can change it until the teacher closes the question.` }
  }

  function send(): void {
    if (question.value === undefined)
      return
    if (chosen.value === undefined) {
      message.value = { tone: 'problem', text: `No answer to send yet. ${KINDS[question.value.kind].hint}` }
      return
    }
    void submit(chosen.value, question.value.id)
  }

  /** The nickname as typed, cut to 24 characters counted as a person counts them (an emoji is one), as the server does. */
  function setNickname(text: string): string {
    nickname.value = [...text].slice(0, NICKNAME_MAX_LENGTH).join('')
    return nickname.value
  }

  onMounted(() => {
    void start()
    retryTimer = setInterval(retryPending, options.retryMs)
  })

  onBeforeUnmount(() => {
    stream?.close()
    clearInterval(retryTimer)
  })

  return { screen, state, connection, connected, nickname, joinError, joining, draft, sending, message, question, phase, sent, unchanged, verdict, shownName, marks, start, join, send, setNickname }
}
