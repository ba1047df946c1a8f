import { encode } from 'uqr'

/** A QR code as one SVG path: draw `path` in a `0 0 size size` view box. */
export interface QrShape {
  /** Width and height in modules, the quiet zone included. */
  readonly size: number
  /** The dark modules, one `h1v1h-1z` square each. */
  readonly path: string
}

/**
 * The QR code for `text`, made on the spot by uqr (no network, no image file), with medium error
 * correction and the standard four-module quiet zone so phone cameras find it on a projected slide.
 */
export function qrShape(text: string): QrShape {
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  const squares: string[] = []
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark)
      squares.push(`M${x} ${y}h1v1h-1z`)
  }))
  return { size, path: squares.join('') }
}
