import { describe, expect, it } from 'vitest'
import { devBanner, readSlidevBanner, SlidevOutput } from './dev'

// Slidev 52.20.1's banner, as `slidev --port 3030` prints it to a pipe (no colours).
const SLIDEV_BANNER = [
  '',
  '',
  '  ●■▲',
  '  Slidev  v52.20.1 ',
  '',
  '  theme       @slidev/theme-default',
  '  css engine  unocss',
  '  entry       /work/main/slides.md',
  '',
  '  public slide show   > http://localhost:3030/',
  '  presenter mode      > http://localhost:3030/presenter/',
  '  slides overview     > http://localhost:3030/overview/',
  '  export slides       > http://localhost:3030/export/',
  '  mcp server         > http://localhost:3030/__mcp',
  '  remote control      > pass --remote to enable',
  '',
  '  shortcuts           > restart | open | edit | quit',
]

const REMOTE_BANNER = [
  '  ●■▲',
  '  public slide show   > http://localhost:3030/',
  '  private slide show  > http://localhost:3030/?password=secret',
  '  presenter mode      > http://localhost:3030/presenter/?password=secret',
  '  remote control      > http://192.168.1.20:3030/entry?password=secret/',
  '  shortcuts           > restart | open | edit | quit | qrcode',
]

describe('readSlidevBanner', () => {
  it('finds the deck and the presenter view', () => {
    expect(readSlidevBanner(SLIDEV_BANNER)).toEqual({
      deck: 'http://localhost:3030/',
      presenter: 'http://localhost:3030/presenter/',
      remote: [],
    })
  })

  it('finds the password and the addresses for other devices with --remote', () => {
    expect(readSlidevBanner(REMOTE_BANNER)).toEqual({
      deck: 'http://localhost:3030/',
      privateDeck: 'http://localhost:3030/?password=secret',
      presenter: 'http://localhost:3030/presenter/?password=secret',
      remote: ['http://192.168.1.20:3030/'],
    })
  })

  it('finds nothing in a banner that names no deck', () => {
    expect(readSlidevBanner(['  ●■▲', '  shortcuts  > quit'])).toBeUndefined()
  })
})

describe('devBanner', () => {
  it('names the deck, the presenter view and the quiz, one address a line', () => {
    expect(devBanner({ deck: 'http://localhost:3030/', presenter: 'http://localhost:3030/presenter/', remote: [] })).toBe([
      'The lesson is being served (Ctrl+C stops it):',
      '  deck:            http://localhost:3030/',
      '  presenter view:  http://localhost:3030/presenter/',
      '  quiz:            http://localhost:3030/quiz',
      '  Only this computer can open them; `npm run dev -- --remote` serves the room\'s network too.',
    ].join('\n'))
  })

  it('adds the addresses other devices open with --remote', () => {
    const banner = devBanner(readSlidevBanner(REMOTE_BANNER)!)
    expect(banner).toContain('  other devices:   http://192.168.1.20:3030/')
    expect(banner).toContain('  deck, password:  http://localhost:3030/?password=secret')
    expect(banner).not.toContain('Only this computer')
  })
})

describe('slidevOutput', () => {
  function run(chunks: string[]): string {
    let printed = ''
    const output = new SlidevOutput((text) => {
      printed += text
    })
    for (const chunk of chunks)
      output.take(chunk)
    output.flush()
    return printed
  }

  it('replaces Slidev\'s banner with ours, even when it arrives in pieces', () => {
    const text = `${SLIDEV_BANNER.join('\n')}\n`
    const printed = run([text.slice(0, 40), text.slice(40, 200), text.slice(200)])
    expect(printed).toContain('  quiz:            http://localhost:3030/quiz')
    expect(printed).not.toContain('Slidev  v52')
    expect(printed).not.toContain('mcp server')
    expect(printed.startsWith('The lesson is being served')).toBe(true)
  })

  it('passes everything else through: warnings, errors, restarts, a last line without a newline', () => {
    const printed = run(['\n  restarting on config change\n\n', '  ! unknown key "foo"\nError: boom'])
    expect(printed).toBe('\n  restarting on config change\n\n  ! unknown key "foo"\nError: boom\n')
  })

  it('shows Slidev\'s own banner when it cannot read it', () => {
    const printed = run(['  ●■▲\n  Slidev  v99\n  shortcuts > quit\n'])
    expect(printed).toBe('  ●■▲\n  Slidev  v99\n  shortcuts > quit\n')
  })
})
