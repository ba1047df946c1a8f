import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contrastRatio, palette, paletteCss, paletteVariable, verdictColors } from './palette'

const root = join(import.meta.dirname, '..')
const COLOUR = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black)(?=\s*[;}])/gi

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
  const text: [string, string, string][] = [
    ['ink', palette.ink, palette.paper],
    ['ink on a zebra row', palette.ink, palette.zebra],
    ['ink on a panel', palette.ink, palette.panel],
    ['ink on a notice', palette.ink, palette.noticePanel],
    ['ink on a revealed answer', palette.ink, palette.correctPanel],
    ['muted text', palette.inkMuted, palette.paper],
    ['muted text on a zebra row', palette.inkMuted, palette.zebra],
    ['muted text on a panel', palette.inkMuted, palette.panel],
    ['accent text', palette.accent, palette.paper],
    ['accent text on a panel', palette.accent, palette.panel],
    ['text on the accent', palette.onAccent, palette.accent],
    ['text on the bright accent (the cover)', palette.onAccent, palette.bar],
    ['"Correct"', palette.correct, palette.paper],
    ['"Partly correct"', palette.partial, palette.paper],
    ['"Incorrect" and errors', palette.wrong, palette.paper],
    ...Object.entries(verdictColors).map(([verdict, colour]): [string, string, string] => [`the ${verdict} verdict`, colour, palette.paper]),
  ]
  it.each(text)('keeps %s at 4.5:1 or more', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })

  const graphics: [string, string, string][] = [
    ['bars', palette.bar, palette.paper],
    ['axis lines', palette.rule, palette.paper],
    ['the focus ring', palette.bar, palette.paper],
    ['the borders of text boxes and lists', palette.control, palette.paper],
    ['the border of a chosen answer', palette.accent, palette.panel],
    ['the result icons', palette.correct, palette.paper],
  ]
  it.each(graphics)('keeps %s at 3:1 or more', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(3)
  })

  it('writes every colour as a CSS variable', () => {
    expect(paletteVariable('inkMuted')).toBe('--palette-ink-muted')
    const css = paletteCss()
    for (const [name, value] of Object.entries(palette))
      expect(css).toContain(`${paletteVariable(name as keyof typeof palette)}: ${value};`)
  })
})

/**
 * Every stylesheet, component, slide and script of the project, where CSS can hide in a string (a page
 * the server writes, a Slidev patch): not tests, not this palette.
 */
function styledFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (['node_modules', 'dist', 'dist-teacher', 'dist-class', 'exports', 'classes', 'test'].includes(name) || name.startsWith('.'))
      return []
    if (statSync(path).isDirectory())
      return styledFiles(path)
    if (path === join(root, 'styles', 'palette.ts') || /\.test(?:-d)?\.ts$/.test(name))
      return []
    return /\.(?:vue|css|md|ts)$/.test(name) ? [path] : []
  })
}

describe('colours in the project', () => {
  it('all come from the palette: no colour is written anywhere else', () => {
    const found = styledFiles(root).flatMap(file => readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
      Array.from(line.matchAll(COLOUR), m => `${relative(root, file)}:${i + 1}: ${m[0]}`)))
    expect(found).toEqual([])
  })
})
