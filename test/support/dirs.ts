import { resolve } from 'node:path'
import process from 'node:process'
import { root } from '../../scripts/lib/deck'

/**
 * The site a school hosts for its students: `npm run build` with its defaults (no presenter view,
 * no speaker notes), in production mode. dist/, or LESSON_DIST_DIR when set.
 */
export const distDir = resolve(root, process.env.LESSON_DIST_DIR ?? 'dist')

/**
 * The teacher's copy: `npm run build -- --presenter` (presenter view and notes included), built in
 * development mode so that Vue reports its warnings in the browser, where the walk catches them.
 */
export const teacherDistDir = `${distDir}-teacher`

/**
 * The site `npm run class` serves to everyone: `npm run build -- --class` (no answer in what students
 * load, the quiz handed in to the server), in development mode so that the walk sees Vue's warnings.
 */
export const classDistDir = `${distDir}-class`
