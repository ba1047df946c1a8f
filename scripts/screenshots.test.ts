import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { pictureLine, PICTURES, smallerPng } from './screenshots'

/** A dithered blue gradient, as Chromium paints the title slide's background, encoded as it writes PNGs (RGBA). */
function ditheredGradient(width: number, height: number): PNG {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const dither = (x + y) % 2
      png.data[i] = 30 + dither
      png.data[i + 1] = 60 + Math.floor((x + y) / 40) + dither
      png.data[i + 2] = 144 + Math.floor((x + y) / 20) + dither
      png.data[i + 3] = 255
    }
  }
  return png
}

describe('smallerPng', () => {
  it('writes the same pixels in fewer bytes', () => {
    const original = PNG.sync.write(ditheredGradient(320, 180))
    const smaller = smallerPng(original)
    expect(smaller.length).toBeLessThan(original.length)
    expect(PNG.sync.read(smaller).data).toEqual(PNG.sync.read(original).data)
  })

  it('keeps the original when it is already the smaller one', () => {
    const tiny = PNG.sync.write(new PNG({ width: 1, height: 1 }), { colorType: 0, inputHasAlpha: true })
    expect(smallerPng(tiny).length).toBeLessThanOrEqual(tiny.length)
  })
})

describe('the pictures', () => {
  it('are PNG files with kebab-case names, each saying what it shows', () => {
    for (const [name, shows] of Object.entries(PICTURES)) {
      expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*\.png$/)
      expect(shows.length).toBeGreaterThan(10)
    }
  })

  it('are announced one line each, with the path and a size a person reads', () => {
    expect(pictureLine('docs/images/title-slide.png', 69_136)).toBe('Wrote docs/images/title-slide.png  (69 KB)')
  })
})
