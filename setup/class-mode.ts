// A build for the classroom server (`npm run build -- --class`, which `npm run class` runs): the deck
// and the pages a student's device can load there hold no right answer, no feedback that names one
// and no marking guide. It tells components it is on (CLASS_MODE_DEFINE: the last slide gives the
// class quiz's address, which ends with the lesson). This plugin, on for such a build only, swaps
// two modules:
// - quiz/deck-questions.ts, which lays out the slides' questions with their answers, for a copy
//   of the same layout without the answers (the projector's reveal comes from the server);
// - apps/quiz/page.ts, the self-paced quiz that grades in the browser (the whole bank), for
//   apps/quiz/class-page.ts, the quiz handed in to the server, which gets its questions from there.
import type { Plugin } from 'vite'
import { resolve } from 'node:path'

/** The environment variable that turns class mode on for a build (`1`). */
export const CLASS_MODE_ENV = 'LESSON_CLASS_MODE'

/**
 * What a component reads to know it is in a class-mode build: `import.meta.env.VITE_LESSON_CLASS_MODE`
 * is `'1'` there and `'0'` in any other build (undefined in the unit tests).
 */
export const CLASS_MODE_DEFINE = 'import.meta.env.VITE_LESSON_CLASS_MODE'

const projectRoot = resolve(import.meta.dirname, '..')
const DECK_QUESTIONS = resolve(projectRoot, 'quiz/deck-questions.ts')
const PRACTICE_PAGE = resolve(projectRoot, 'apps/quiz/page.ts')
const CLASS_PAGE = resolve(projectRoot, 'apps/quiz/class-page.ts')
const KEYLESS = '\0lesson:keyless-deck-questions'
const SWAPPED = /(?:deck-questions|page)(?:\.ts)?$/

/** The keyless deck questions, as a module: the same exports, no answer in them. */
async function keylessModule(): Promise<string> {
  const { deckQuestions } = await import('../quiz/deck-questions')
  const questions = deckQuestions().map(({ answer: _answer, ...question }) => question)
  return [
    '// The deck\'s questions for a class-mode build: laid out, without their answers (setup/class-mode.ts).',
    `const questions = new Map(${JSON.stringify(questions.map(q => [q.id, q]))})`,
    'export function deckQuestions() { return [...questions.values()] }',
    'export function deckQuestion(id) { return questions.get(id) }',
  ].join('\n')
}

/** The plugin; does nothing unless `env[CLASS_MODE_ENV]` is `1`. */
export function classMode(env: Record<string, string | undefined>): Plugin {
  const on = env[CLASS_MODE_ENV] === '1'
  return {
    name: 'lesson:class-mode',
    enforce: 'pre',
    config: () => ({ define: { [CLASS_MODE_DEFINE]: JSON.stringify(on ? '1' : '0') } }),
    async resolveId(source, importer, options) {
      if (!on || !SWAPPED.test(source))
        return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (resolved?.id === DECK_QUESTIONS)
        return KEYLESS
      if (resolved?.id === PRACTICE_PAGE)
        return CLASS_PAGE
      return null
    },
    load(id) {
      return id === KEYLESS ? keylessModule() : null
    },
  }
}
