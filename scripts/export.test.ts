import { describe, expect, it } from 'vitest'
import { missingSiteUrlWarning, parseExportArgs } from './export'

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
  const slides = parseExportArgs([])
  if (slides === 'help')
    throw new Error('unexpected help')

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
