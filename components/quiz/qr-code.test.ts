import { describe, expect, it } from 'vitest'
import { qrShape } from './qr-code'

describe('qrShape', () => {
  it('draws a square code with a quiet zone and the three finder patterns', () => {
    const { size, path } = qrShape('https://example.school/chinese-tech-lesson/quiz')
    expect(size).toBeGreaterThanOrEqual(21 + 8)
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true)
    expect(path).toContain(`M${size - 5} 4h1v1h-1z`)
    expect(path).toContain(`M4 ${size - 5}h1v1h-1z`)
    expect(path).not.toContain('M0 0')
  })

  it('changes with the address', () => {
    expect(qrShape('https://a.example/quiz').path).not.toBe(qrShape('https://b.example/quiz').path)
  })
})
