// The quiz handed in to the classroom server, on the student's device, without its screens: who the
// student is (the same identity as the live quiz), the questions from the server, the answers kept
// on the device and sent as they are given, and the hand-in. Nothing is lost when the connection
// drops: answers wait on the device and go as soon as it is back, and the student is told what waits.
import type { Identity } from '../../quiz/live/protocol'
import type { ClassQuiz } from '../../quiz/live/quiz-protocol'
import type { QuizResponse } from '../../quiz/types'
import type { KeptQuiz } from './class-quiz'
import { computed, onBeforeUnmount, onMounted, ref } from 'vue'
import { IdentitySchema, InfoSchema, NICKNAME_MAX_LENGTH } from '../../quiz/live/protocol'
import { ClassQuizSchema, QuizAnswerReplySchema } from '../../quiz/live/quiz-protocol'
import { joinClass, NO_CONNECTION, request } from '../live/live-client'
import { LIVE_STORAGE_KEYS } from '../live/live-view'
import { safeStorage } from './browser-storage'
import { classQuizKey, mergedAnswers, NOTHING_KEPT, readKept, waitingWords, withAnswer, withConfirmed } from './class-quiz'

/** Which screen the page shows. */
export type ClassQuizScreen = 'loading' | 'no-server' | 'join' | 'quiz'

/** Where the page keeps things: localStorage, or a stand-in in tests. */
export type ClassQuizStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** How long after the last change answers are sent (typing a sentence is one change, not twenty). */
const SEND_AFTER_MS = 600

/** How often a page waiting for its feedback asks again. */
const RESULTS_EVERY_MS = 15_000

const FEEDBACK_NOT_LOADED = 'Your feedback could not be loaded just now'

export function useClassQuiz(options: { storage: ClassQuizStorage, retryMs: number, resultsMs?: number }) {
  const { read, write } = safeStorage(options.storage)
  const screen = ref<ClassQuizScreen>('loading')
  const identity = ref<Identity>()
  const quiz = ref<ClassQuiz>()
  const kept = ref<KeptQuiz>(NOTHING_KEPT)
  const offline = ref(false)
  const problem = ref('')
  const notice = ref('')
  const nickname = ref('')
  const joining = ref(false)
  const joinError = ref('')
  let flushing = false
  let sendTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setInterval> | undefined
  let resultsTimer: ReturnType<typeof setInterval> | undefined

  function keep(next: KeptQuiz): void {
    kept.value = next
    if (identity.value)
      write(classQuizKey(identity.value.studentId), JSON.stringify(next))
  }

  const answers = computed(() => mergedAnswers(quiz.value?.answers ?? {}, kept.value))
  const handedIn = computed(() => quiz.value?.handedInAt !== undefined)
  const waitingForFeedback = computed(() => handedIn.value && !quiz.value?.results)
  const waiting = computed(() => {
    if (!offline.value)
      return ''
    return waitingForFeedback.value
      ? 'No connection just now: your quiz is handed in, and your feedback shows when it is back.'
      : waitingWords(kept.value.unsent.length, kept.value.handIn)
  })
  const you = computed(() => quiz.value?.you ?? identity.value)
  const shownName = computed(() => you.value?.nickname || `Student ${you.value?.number ?? ''}`)

  /** Loads the student's quiz; the screen follows what the server says. */
  async function load(token: string): Promise<void> {
    const reply = await request('quiz', ClassQuizSchema, { token })
    if (reply.ok) {
      quiz.value = reply.value
      offline.value = false
      if (problem.value.startsWith(FEEDBACK_NOT_LOADED))
        problem.value = ''
      screen.value = 'quiz'
      void flush()
      return
    }
    if (reply.status === 401) {
      write(LIVE_STORAGE_KEYS.token, undefined)
      joinError.value = identity.value ? 'You are not in this class any more (the teacher started a new class, or took you off the list): join again.' : ''
      screen.value = 'join'
      return
    }
    // Asked again while the quiz is on screen (waiting for the feedback): it stays there, saying why
    // nothing new came, and the next try fetches it.
    if (screen.value === 'quiz' && quiz.value) {
      offline.value = reply.status === NO_CONNECTION
      if (!offline.value)
        problem.value = `${FEEDBACK_NOT_LOADED}: ${reply.error}. It is asked for again in a moment.`
      return
    }
    screen.value = reply.status === NO_CONNECTION ? 'no-server' : 'join'
    if (reply.status !== NO_CONNECTION)
      joinError.value = reply.error
  }

  async function start(): Promise<void> {
    screen.value = 'loading'
    const token = read(LIVE_STORAGE_KEYS.token)
    if (token !== null) {
      const me = await request('me', IdentitySchema, { token })
      if (me.ok) {
        identity.value = me.value
        const found = readKept(read(classQuizKey(me.value.studentId)))
        if (!found.ok)
          notice.value = 'Answers kept on this device could not be read, so the server\'s copy is shown.'
        kept.value = found.ok ? found.value : NOTHING_KEPT
        await load(token)
        return
      }
      if (me.status === 401)
        write(LIVE_STORAGE_KEYS.token, undefined)
    }
    const info = await request('info', InfoSchema, { timeoutMs: 5000 })
    screen.value = info.ok ? 'join' : 'no-server'
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
    identity.value = reply.identity
    kept.value = NOTHING_KEPT
    await load(reply.identity.token)
  }

  /** Sends every answer the server has not confirmed, then a hand-in that waits; stops at the first failure. */
  async function flush(): Promise<void> {
    const token = identity.value?.token
    if (flushing || token === undefined || handedIn.value)
      return
    flushing = true
    try {
      // Until nothing is left: answers given while one is on its way are sent in the same round.
      for (let questionId = kept.value.unsent[0]; questionId !== undefined; questionId = kept.value.unsent[0]) {
        const response = kept.value.answers[questionId]
        if (!response) {
          keep({ ...kept.value, unsent: kept.value.unsent.slice(1) })
          continue
        }
        const reply = await request('quiz/answer', QuizAnswerReplySchema, { token, body: { questionId, response } })
        if (!reply.ok) {
          offline.value = reply.status === NO_CONNECTION
          if (reply.status === 401)
            await load(token)
          else if (!offline.value)
            problem.value = `Your answer to question ${(quiz.value?.questions.findIndex(q => q.id === questionId) ?? -1) + 1} was not saved: ${reply.error}.`
          return
        }
        // The server has it now: its copy shows it once the device's copy is no longer unsent.
        if (quiz.value)
          quiz.value = { ...quiz.value, answers: { ...quiz.value.answers, [questionId]: response } }
        keep(withConfirmed(kept.value, questionId, response))
      }
      offline.value = false
      if (kept.value.handIn && kept.value.unsent.length === 0) {
        const reply = await request('quiz/hand-in', ClassQuizSchema, { token, method: 'POST' })
        if (reply.ok || reply.status === 409) {
          keep({ ...kept.value, handIn: false })
          if (reply.ok)
            quiz.value = reply.value
          else
            await load(token)
        }
        else {
          offline.value = reply.status === NO_CONNECTION
          if (!offline.value)
            problem.value = `Your quiz was not handed in: ${reply.error}.`
        }
      }
    }
    finally {
      flushing = false
    }
  }

  /** An answer given: kept on the device at once, sent a moment later. */
  function answer(questionId: string, response: QuizResponse | undefined): void {
    if (response === undefined || handedIn.value)
      return
    problem.value = ''
    keep(withAnswer(kept.value, questionId, response))
    clearTimeout(sendTimer)
    sendTimer = setTimeout(() => void flush(), SEND_AFTER_MS)
  }

  /** "Hand in": asked for at once, done as soon as every answer is on the server. */
  async function handIn(): Promise<void> {
    keep({ ...kept.value, handIn: true })
    clearTimeout(sendTimer)
    await flush()
  }

  function setNickname(text: string): string {
    nickname.value = [...text].slice(0, NICKNAME_MAX_LENGTH).join('')
    return nickname.value
  }

  /** Asks for the feedback, if the page waits for it. */
  const askFeedback = (): void => {
    const token = identity.value?.token
    if (token !== undefined && waitingForFeedback.value)
      void load(token)
  }

  /** The network is back: what waits is sent, and the feedback asked for, at once. */
  const back = (): void => {
    void flush()
    askFeedback()
  }

  onMounted(() => {
    void start()
    retryTimer = setInterval(() => {
      if (kept.value.unsent.length > 0 || kept.value.handIn)
        void flush()
    }, options.retryMs)
    // Feedback the teacher releases later reaches a page that waits for it.
    resultsTimer = setInterval(askFeedback, options.resultsMs ?? RESULTS_EVERY_MS)
    window.addEventListener('online', back)
  })

  onBeforeUnmount(() => {
    clearTimeout(sendTimer)
    clearInterval(retryTimer)
    clearInterval(resultsTimer)
    window.removeEventListener('online', back)
  })

  return { screen, quiz, answers, kept, offline, waiting, problem, notice, handedIn, shownName, nickname, joining, joinError, start, join, answer, handIn, setNickname }
}
