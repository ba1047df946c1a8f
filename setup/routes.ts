import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

/** The self-paced quiz page: a page of its own, outside the slide canvas. */
export const quizRoute: RouteRecordRaw = {
  path: '/quiz',
  name: 'quiz',
  component: () => import('../components/quiz/QuizPage.vue'),
}

// First in the list, ahead of Slidev's `/:no` (a slide) and its catch-all 404: vue-router ranks a
// static path above a parameter anyway, but placing it first keeps that true whatever Slidev adds.
export default defineRoutesSetup(routes => [quizRoute, ...routes])
