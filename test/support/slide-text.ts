import type { Page } from 'playwright-chromium'
import type { Question } from '../../quiz/types'
import { assertNever } from '../../quiz/guards'
import { normalizeAnswer } from '../../quiz/text'

/** What the walk reads from a slide: its text, and where its type is too small or its body too long. */
export interface SlideReading {
  /** Everything on the slide (clicks not yet revealed included), as a screen reader would find it. */
  readonly text: string
  /**
   * Words of body text: not the title, a table's title, dates, captions, figures (SVG), verdict
   * badges, numbers alone, option letters, or text for screen readers only.
   */
  readonly bodyWords: number
  /** Every word on the slide, captions, figures and title included (not text for screen readers only, nor numbers alone). */
  readonly words: number
  /** Text drawn smaller than 18 px, captions and sources included. */
  readonly tooSmall: readonly string[]
}

/**
 * Reads the slide on screen, measuring type on the 980-pixel canvas: CSS pixels for HTML (the canvas's
 * scaling does not change them), and for SVG the font size times the drawing's own scale.
 */
export function readSlide(page: Page, no: number): Promise<SlideReading> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`.slidev-page-${no}`)
    const canvas = document.querySelector('#slide-content')
    if (!slide || !canvas)
      return { text: '', bodyWords: 0, words: 0, tooSmall: ['slide not found'] }
    const canvasScale = canvas.getBoundingClientRect().width / 980
    const tooSmall: string[] = []
    let bodyWords = 0
    let words = 0
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const el = node.parentElement
      if (!text || !el)
        continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden')
        continue
      const box = el.getBoundingClientRect()
      if (el.closest('.sr-only') || (box.width <= canvasScale && box.height <= canvasScale))
        continue // text for screen readers only
      let size = Number.parseFloat(style.fontSize)
      const svg = el.closest('svg')
      if (svg) {
        const viewBox = svg.viewBox.baseVal
        if (viewBox && viewBox.width > 0)
          size *= svg.getBoundingClientRect().width / viewBox.width / canvasScale
      }
      const caption = !!el.closest('.lesson-caption, [data-caption]')
      const min = 18
      // Counted as words: not numbers alone (a source's number, a year on an axis), not a letter that
      // marks an option, not a verdict's badge (a label, like a table's header), not the on-screen
      // note that tells the teacher how to set the deck up (never in print, gone once it is set up).
      // eslint-disable-next-line e18e/prefer-static-regex -- runs in the page, where module scope does not reach
      const counted = text.split(/\s+/).filter(w => /[a-z\u4E00-\u9FFF]/i.test(w) && !/^[A-Z]$/.test(w)).length
      const label = !!el.closest('.verdict-badge, .teacher-note')
      if (!label)
        words += counted
      if (size < min - 0.25)
        tooSmall.push(`${size.toFixed(1)} px < ${min}: "${text.slice(0, 40)}"`)
      if (!caption && !svg && !label && !el.closest('h1, caption, time'))
        bodyWords += counted
    }
    return { text: slide.textContent ?? '', bodyWords, words, tooSmall }
  }, no)
}

/** The words of a question's answer that its linked slide must show (compared without case, accents or punctuation). */
export function answerPhrases(question: Question): string[] {
  const own = (() => {
    switch (question.kind) {
      case 'single':
      case 'multiple':
        return question.options.filter(o => o.correct).map(o => o.text)
      case 'matching':
        return question.pairs.flatMap(p => [p.left, p.right])
      case 'ordering':
        return question.items.map(it => it.text)
      case 'short':
        return [question.accepted[0]!]
      case 'true-false':
      case 'numeric':
      case 'open':
        return []
      default:
        return assertNever(question)
    }
  })()
  return [...own, ...(question.onSlide ?? [])]
}

/** Whether `phrase` is in `text`, comparing letters and digits only. */
export function shows(text: string, phrase: string): boolean {
  return normalizeAnswer(text).includes(normalizeAnswer(phrase))
}
