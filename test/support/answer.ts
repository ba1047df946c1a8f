// Answering a question of the quiz as a student does, through the controls a person sees: radio
// buttons and checkboxes by their labels, a list per matching item, the "Move up" buttons of an
// ordering question, and text boxes typed into key by key (never filled).
import type { Locator, Page } from 'playwright-chromium'
import type { Question } from '../../quiz/types'
import { moveItem } from '../../components/quiz/ordering'
import { letter } from '../../quiz/letters'

/** How the student acts. */
export interface AnswerHow {
  /** `tap` on a phone's touch screen, `click` with a mouse. */
  readonly by: 'tap' | 'click'
  /** Whether the options are lettered ("B · Baidu"), as in the lesson's order. */
  readonly lettered?: boolean
  /** What the student writes for a written (open) answer; the sample's start or "no idea" by default. */
  readonly written?: string
}

async function press(target: Locator, how: AnswerHow): Promise<void> {
  await (how.by === 'tap' ? target.tap() : target.click())
}

/**
 * Answers the question on screen, rightly or wrongly; a wrong answer scores 0 whatever the kind (a
 * wrong option, every item matched to the next one's partner, the reverse order, a number far off).
 * `q` must hold its options in the order the page shows them.
 */
export async function answerQuestion(page: Page, q: Question, right: boolean, how: AnswerHow): Promise<void> {
  const option = (text: string, i: number): string => (how.lettered ? `${letter(i)} · ${text}` : text)
  switch (q.kind) {
    case 'single': {
      const i = q.options.findIndex(o => o.correct === right)
      await press(page.getByRole('radio', { name: option(q.options[i]!.text, i), exact: true }), how)
      break
    }
    case 'multiple':
      for (const [i, o] of q.options.entries()) {
        if (o.correct === right)
          await press(page.getByRole('checkbox', { name: option(o.text, i), exact: true }), how)
      }
      break
    case 'true-false':
      await press(page.getByRole('radio', { name: (q.answer === right) ? 'True' : 'False', exact: true }), how)
      break
    case 'matching':
      for (const [i, pair] of q.pairs.entries()) {
        const target = right ? pair : q.pairs[(i + 1) % q.pairs.length]!
        const list = page.getByRole('combobox', { name: pair.left, exact: true })
        await press(list, how)
        // The phone's own picker (or the desktop's drop-down) chooses the option.
        await list.selectOption({ label: target.right })
      }
      break
    case 'ordering': {
      const goal = right ? [...q.answer] : [...q.answer].reverse()
      let order = q.items.map(it => it.id)
      for (const [t, id] of goal.entries()) {
        const text = q.items.find(it => it.id === id)!.text
        while (order.indexOf(id) > t) {
          await press(page.getByRole('button', { name: `Move up: ${text}`, exact: true }), how)
          const at = order.indexOf(id)
          order = moveItem(order, at, at - 1)
        }
      }
      break
    }
    case 'short':
      await typeInto(page, page.getByRole('textbox', { name: 'Your answer' }), right ? q.accepted[0]! : 'no idea', how)
      break
    case 'open':
      // Marked by the teacher, not the page: what is typed is handed in either way.
      await typeInto(page, page.getByRole('textbox', { name: 'Your answer' }), how.written ?? (right ? q.sample.slice(0, 60) : 'no idea'), how)
      break
    case 'numeric':
      // Wrongly: a number well outside the tolerance.
      await typeInto(page, page.getByRole('textbox', { name: q.unit ? `Your answer (${q.unit})` : 'Your answer' }), String(right ? q.answer : q.answer + q.tolerance + 10), how)
      break
  }
}

async function typeInto(page: Page, box: Locator, text: string, how: AnswerHow): Promise<void> {
  await press(box, how)
  await page.keyboard.type(text)
}
