import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPrintAddress, SLIDEV_CONTEXT_KEY, slidevPrintMode } from './slidev'

describe('slidevPrintMode', () => {
  it.each([
    [{ nav: { isPrintMode: true } }, true],
    [{ nav: { isPrintMode: false } }, false],
    [null, false],
    [{}, false],
  ])('reads %j as %s', (context, printing) => {
    expect(slidevPrintMode(context)).toBe(printing)
  })

  it('uses the key the installed Slidev client provides its context under', () => {
    const client = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))
    const constants = readFileSync(join(client, 'constants.ts'), 'utf8')
    expect(constants).toContain(`injectionSlidevContext = '${SLIDEV_CONTEXT_KEY}'`)
    expect(readFileSync(join(client, 'composables/useNav.ts'), 'utf8')).toContain('isPrintMode')
  })
})

describe('isPrintAddress', () => {
  it.each([
    ['?print=true', true],
    ['?print=clicks&range=2', true],
    ['?print', true],
    ['', false],
    ['?seed=1', false],
  ])('reads %s as printing: %s', (search, expected) => {
    expect(isPrintAddress(search)).toBe(expected)
  })
})
