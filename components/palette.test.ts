import { describe, expect, it } from 'vitest'
import { contrastRatio, palette, verdictColors } from './palette'

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('gives %s on %s a ratio of %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1)
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1)
  })

  it('rejects a colour it cannot read', () => {
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(/#rrggbb/)
  })
})

describe('palette', () => {
  it.each<[string, string, string]>([
    ['ink', palette.ink, palette.paper],
    ['ink on a zebra row', palette.ink, palette.zebra],
    ['muted text', palette.inkMuted, palette.paper],
    ['muted text on a zebra row', palette.inkMuted, palette.zebra],
    ['accent text', palette.accent, palette.paper],
    ['text on the accent', palette.onAccent, palette.accent],
    ...Object.entries(verdictColors).map(([verdict, colour]): [string, string, string] => [`the ${verdict} verdict`, colour, palette.paper]),
  ])('keeps %s at 4.5:1 or more', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })

  it.each<[string, string, string]>([
    ['bars', palette.bar, palette.paper],
    ['axis lines', palette.rule, palette.paper],
  ])('keeps %s at 3:1 or more', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(3)
  })
})
