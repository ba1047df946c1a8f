import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patchMenuButtonSource } from './patch-menu-button'

const clientRoot = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))
const original = readFileSync(join(clientRoot, 'internals/MenuButton.vue'), 'utf8')

describe('patchMenuButtonSource', () => {
  it('leaves no <button> in the installed MenuButton.vue, so the slotted IconButton is not nested', () => {
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
