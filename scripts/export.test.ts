import type { ProgressOutput } from './lib/progress'
import { describe, expect, it } from 'vitest'
import { exportFailure, exportHeading, missingSiteUrlWarning, parseExportArgs, renderingStep, stepper, wroteLine } from './export'
import { ProgressLine } from './lib/progress'

function request(argv: string[]) {
  const parsed = parseExportArgs(argv)
  if (parsed === 'help')
    throw new Error('unexpected help')
  return parsed
}

describe('parseExportArgs', () => {
  it('reads the export\'s own options', () => {
    expect(parseExportArgs(['--format', 'png', '--range', '1-3', '--site-url', 'https://school.example/lesson/'])).toMatchObject({
      notes: false,
      format: 'png',
      range: '1-3',
      siteUrl: 'https://school.example/lesson/',
    })
    expect(parseExportArgs(['--notes'])).toMatchObject({ notes: true, format: 'pdf' })
    expect(parseExportArgs(['-h'])).toBe('help')
  })

  it.each([
    [['--format', 'pptx'], /--format must be pdf or png/],
    [['--site-url', 'http://127.0.0.1:3030/'], /only works on this computer/],
    [['--site-url', 'school.example'], /not a web address/],
    [['--timeout', 'soon'], /--timeout must be a number/],
    [['--colour'], /Unknown option '--colour'/],
  ])('refuses %j with a reason', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(message)
  })
})

describe('missingSiteUrlWarning', () => {
  const slides = request([])

  it('warns in one line, naming the file and key to set, when the handout would have no address', () => {
    const warning = missingSiteUrlWarning(slides, undefined)
    expect(warning).toContain('config/site.ts')
    expect(warning).toContain('`url`')
    expect(warning).toContain('--site-url')
    expect(warning).not.toContain('\n')
  })

  it('stays quiet when an address is given, or for the notes', () => {
    expect(missingSiteUrlWarning({ ...slides, siteUrl: 'https://school.example/' }, undefined)).toBeUndefined()
    expect(missingSiteUrlWarning(slides, 'https://school.example/')).toBeUndefined()
    expect(missingSiteUrlWarning({ ...slides, notes: true }, undefined)).toBeUndefined()
  })
})

describe('exportHeading and wroteLine', () => {
  it('say what is being made, then what was written, how many pages and how big', () => {
    expect(exportHeading(request([]), 40)).toBe('Exporting 40 slides as a PDF …')
    expect(exportHeading(request(['--format', 'png', '--range', '3']), 1)).toBe('Exporting 1 slide as PNG images …')
    expect(exportHeading(request(['--with-clicks']), 40)).toBe('Exporting 40 slides as a PDF, a page per click …')
    expect(exportHeading(request(['--notes']), 40)).toBe('Exporting the speaker notes of 40 slides …')
    expect(wroteLine('exports/chinese-tech-lesson.pdf', 'pdf', 40, 552_000)).toBe('Wrote exports/chinese-tech-lesson.pdf: 40 pages, 552 KB.')
    expect(wroteLine('exports/chinese-tech-lesson', 'png', 1, 8_200_000)).toBe('Wrote exports/chinese-tech-lesson: 1 image, 8.2 MB.')
  })
})

describe('renderingStep', () => {
  const all = Array.from({ length: 40 }, (_, i) => i + 1)

  it('says the deck is loading until the slides are laid out, then counts them', () => {
    expect(renderingStep({ path: '/print', containers: 0, rendered: 0 }, all, false)?.text).toBe('Loading the deck …')
    expect(renderingStep({ path: '/print', containers: 40, rendered: 0 }, all, false)).toMatchObject({ text: 'Rendering slide 1 of 40 …', final: false })
    expect(renderingStep({ path: '/print', containers: 40, rendered: 11 }, all, false)?.text).toBe('Rendering slide 12 of 40 …')
    expect(renderingStep({ path: '/print', containers: 40, rendered: 40 }, all, false)).toMatchObject({ text: 'Rendering slide 40 of 40 …', final: true })
  })

  it('counts pages when every click gets one', () => {
    expect(renderingStep({ path: '/print', containers: 75, rendered: 9 }, all, true)?.text).toBe('Rendering page 10 of 75 …')
  })

  it('counts the slides of a range one at a time, by their place in the range', () => {
    const range = [3, 4, 5, 9]
    expect(renderingStep({ path: '/5', containers: 0, rendered: 0 }, range, false)).toMatchObject({ text: 'Rendering slide 3 of 4 …', final: false })
    expect(renderingStep({ path: '/9', containers: 0, rendered: 0 }, range, false)).toMatchObject({ text: 'Rendering slide 4 of 4 …', final: true })
    expect(renderingStep({ path: '/7', containers: 0, rendered: 0 }, range, false)).toBeUndefined()
    expect(renderingStep({ path: '/', containers: 0, rendered: 0 }, range, false)).toBeUndefined()
  })

  it('says the notes are being laid out', () => {
    expect(renderingStep({ path: '/presenter/print', containers: 0, rendered: 0 }, all, false)?.text).toBe('Laying out the speaker notes …')
  })
})

describe('stepper', () => {
  it('never goes back a stage: the page read while images are saved does not overwrite the count', () => {
    let text = ''
    const out: ProgressOutput = {
      isTTY: false,
      write: (chunk: string) => {
        text += chunk
      },
    }
    const show = stepper(new ProgressLine(out, () => 0))
    show({ text: 'Rendering slide 40 of 40 …', stage: 'rendering', count: true, final: true })
    show({ text: 'Saving image 1 of 40 …', stage: 'saving', count: true, final: false })
    show({ text: 'Rendering slide 40 of 40 …', stage: 'rendering', count: true, final: true })
    expect(text).toBe('Rendering slide 40 of 40 …\nSaving image 1 of 40 …\n')
  })
})

describe('exportFailure', () => {
  it('says what went wrong in one sentence, and offers more time when the deck was slow to load', () => {
    const timeout = new Error('page.goto: Timeout 60000ms exceeded.\nCall log:\n  - navigating to "http://localhost:12445/print"')
    expect(exportFailure(timeout, 60_000)).toBe(
      'export FAILED: page.goto: Timeout 60000ms exceeded. The computer may be busy: try again, or give it longer with `-- --timeout 120000`.',
    )
    expect(exportFailure(new Error('the deck did not finish loading within 60 s (12 of 40 slides drawn): Timeout'), 60_000)).toMatch(/12 of 40 slides drawn.*--timeout 120000/)
    expect(exportFailure(new Error('Failed to compile slides.md\n  at …'), 60_000)).toBe(
      'export FAILED: Failed to compile slides.md. Run `npm run build` to see what is wrong with the deck.',
    )
  })
})
