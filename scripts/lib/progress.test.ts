import type { ProgressOutput } from './progress'
import { describe, expect, it } from 'vitest'
import { countText, fitToWidth, ProgressLine } from './progress'

/** A terminal or a log that remembers what was written, and a clock the test moves. */
function fakeOutput(isTTY: boolean, columns?: number): ProgressOutput & { text: string } {
  const out = {
    text: '',
    isTTY,
    columns,
    write: (chunk: string) => {
      out.text += chunk
    },
  }
  return out
}

describe('countText', () => {
  it('reads as a person says it', () => {
    expect(countText(12, 40, 'slide')).toBe('slide 12 of 40')
  })
})

describe('fitToWidth', () => {
  it('shortens a line that would wrap on a narrow terminal, and leaves others alone', () => {
    expect(fitToWidth('Rendering slide 12 of 40 …', 80)).toBe('Rendering slide 12 of 40 …')
    expect(fitToWidth('Rendering slide 12 of 40 …', 16)).toBe('Rendering slid…')
    expect(fitToWidth('Rendering slide 12 of 40 …', undefined)).toBe('Rendering slide 12 of 40 …')
  })
})

describe('progressLine on a terminal', () => {
  it('rewrites one line in place and clears it at the end', () => {
    const out = fakeOutput(true, 80)
    const line = new ProgressLine(out)
    line.show('Rendering slide 1 of 3 …', { count: true })
    line.show('Rendering slide 2 of 3 …', { count: true })
    line.show('Rendering slide 2 of 3 …', { count: true })
    line.end()
    expect(out.text).toBe('\r\u001B[KRendering slide 1 of 3 …\r\u001B[KRendering slide 2 of 3 …\r\u001B[K')
    expect(out.text).not.toContain('\n')
  })
})

describe('progressLine in a log', () => {
  it('writes plain lines: every step, but counts at most every two seconds, and always the last', () => {
    const out = fakeOutput(false)
    let now = 0
    const line = new ProgressLine(out, () => now)
    line.show('Loading the deck …')
    for (let n = 1; n <= 40; n++) {
      now += 100
      line.show(`Rendering slide ${n} of 40 …`, { count: true, final: n === 40 })
    }
    line.show('Writing the PDF …')
    line.end()
    expect(out.text.split('\n')).toEqual([
      'Loading the deck …',
      'Rendering slide 1 of 40 …',
      'Rendering slide 21 of 40 …',
      'Rendering slide 40 of 40 …',
      'Writing the PDF …',
      '',
    ])
    expect(out.text).not.toContain('\r')
    expect(out.text).not.toContain('\u001B')
  })

  it('writes the last count it held back when the progress ends', () => {
    const out = fakeOutput(false)
    const line = new ProgressLine(out, () => 0)
    line.show('Saving image 1 of 40 …', { count: true })
    line.show('Saving image 7 of 40 …', { count: true })
    line.end()
    expect(out.text).toBe('Saving image 1 of 40 …\nSaving image 7 of 40 …\n')
  })
})
