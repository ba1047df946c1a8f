import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patchMenuButtonSource, patchNotesPrintSource, patchTimerSource } from './patch-slidev'

const clientRoot = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))
const installed = (file: string): string => readFileSync(join(clientRoot, 'internals', file), 'utf8')

describe('patchMenuButtonSource', () => {
  it('leaves no <button> in the installed MenuButton.vue, so the slotted IconButton is not nested', () => {
    const original = installed('MenuButton.vue')
    expect(original).toMatch(/<button\b/)
    const patched = patchMenuButtonSource(original)
    expect(patched).not.toMatch(/<\/?button\b/)
    expect(patched).toContain('<div class="slidev-menu-toggle" :class="{ disabled }" @click="value = !value">')
    expect(patched).toContain('<slot name="button"')
  })

  it('fails loudly when a Slidev upgrade changes the file', () => {
    expect(() => patchMenuButtonSource('<template><div /></template>')).toThrow(/MenuButton\.vue changed/)
  })
})

describe('patchTimerSource', () => {
  it('turns the installed timer\'s hover-only controls into named buttons that start on the first move', () => {
    const original = installed('TimerInlined.vue')
    expect(original).not.toContain('<button')
    const patched = patchTimerSource(original)
    expect(patched.match(/<button type="button"/g)).toHaveLength(2)
    expect(patched).toContain('\'Pause the timer\' : \'Start the timer\'')
    expect(patched).toContain('aria-label="Reset the timer"')
    expect(patched).not.toContain('group-hover:hidden')
    expect(patched).toMatch(/watch\(\[currentSlideNo, clicks\][\s\S]*resume\(\)/)
  })

  it('fails loudly when a Slidev upgrade changes the file', () => {
    expect(() => patchTimerSource('<template><div /></template>')).toThrow(/TimerInlined\.vue changed/)
  })
})

describe('patchNotesPrintSource', () => {
  it('lets a long note run over a page, keeps its heading with it, and dates the notes in full', () => {
    const original = readFileSync(join(clientRoot, 'pages', 'presenter', 'print.vue'), 'utf8')
    const patched = patchNotesPrintSource(original)
    expect(patched).not.toContain('break-inside-avoid-page')
    expect(patched).toContain('style="break-after: avoid"')
    expect(patched).not.toContain('toLocaleString()')
    expect(patched).toContain('toLocaleDateString(\'en-GB\', { day: \'numeric\', month: \'long\', year: \'numeric\' })')
  })

  it('fails loudly when a Slidev upgrade changes the file', () => {
    expect(() => patchNotesPrintSource('<template><div /></template>')).toThrow(/print\.vue changed/)
  })
})
