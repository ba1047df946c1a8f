import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

/**
 * The self-paced quiz inside the deck, for `npm run dev` only. A built site carries the quiz as a
 * page of its own (apps/quiz, at /quiz), without the deck's runtime; the dev server has no such
 * page, so the deck's router shows the same component there.
 */
export const quizRoute: RouteRecordRaw = {
  path: '/quiz',
  name: 'quiz',
  component: () => import('../components/quiz/QuizPage.vue'),
}

// `import.meta.env.MODE` is 'development' only under the dev server (a build is 'production' even
// with NODE_ENV=development), and the branch is dropped from a build. First in the list, ahead of
// Slidev's `/:no` and its catch-all 404.
export default defineRoutesSetup(routes => (import.meta.env.MODE === 'development' ? [quizRoute, ...routes] : routes))
