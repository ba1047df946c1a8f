import { describe, expect, it } from 'vitest'
import { docRefs, filePart, isRelative } from './doc-refs'

const targets = (refs: { target: string }[]): string[] => refs.map(r => r.target)

describe('docRefs', () => {
  it('finds pictures written in Markdown and in HTML, with their lines', () => {
    const refs = docRefs([
      '# Guide',
      '',
      '![The title slide](docs/images/title-slide.png "Title")',
      '<img src="docs/images/quiz-phone.png" alt="The quiz on a phone" width="240">',
      '![A remote one](https://example.org/x.png)',
    ].join('\n'))
    expect(refs.images).toEqual([
      { line: 3, target: 'docs/images/title-slide.png' },
      { line: 4, target: 'docs/images/quiz-phone.png' },
    ])
  })

  it('reads reference-style pictures and links through their definitions', () => {
    const refs = docRefs([
      '![Presenter view][presenter] and the [teacher\'s guide][guide].',
      '',
      '[presenter]: docs/images/presenter-view.png',
      '[guide]: docs/teaching.md#before-class',
    ].join('\n'))
    expect(targets(refs.images)).toEqual(['docs/images/presenter-view.png'])
    expect(refs.links).toEqual([{ line: 4, target: 'docs/teaching.md#before-class' }])
  })

  it('keeps links to files of the project, not web addresses or places in the page', () => {
    const refs = docRefs('See [the API](docs/classroom-api.md#students), [Slidev](https://sli.dev), [below](#tests), <a href="../quiz/live.ts">live.ts</a> and <mailto:a@b.example>.')
    expect(targets(refs.links)).toEqual(['docs/classroom-api.md#students', '../quiz/live.ts'])
  })

  it('ignores links and pictures inside code, but reads the commands there', () => {
    const refs = docRefs([
      '```sh',
      'npm install',
      'npm run dev     # present',
      '[not](a-link.md) ![not](a-picture.png)',
      '```',
      'Run `npm run export -- --format png`, not `[x](y.md)`.',
    ].join('\n'))
    expect(refs.images).toEqual([])
    expect(refs.links).toEqual([])
    expect(refs.scripts).toEqual([{ line: 3, target: 'dev' }, { line: 6, target: 'export' }])
  })

  it.each([
    ['npm run export:notes writes the notes', 'export:notes'],
    ['then `npm run build -- --presenter`', 'build'],
    ['with npm run preview.', 'preview'],
    ['npm run test:unit: the unit tests', 'test:unit'],
    ['`npm test` runs everything', 'test'],
    ['`npm run -s quiz -- gift > quiz.gift`', 'quiz'],
    ['npm run --silent quiz -- key', 'quiz'],
  ])('reads the script name in %j', (line, name) => {
    expect(targets(docRefs(line).scripts)).toEqual([name])
  })

  it('reads an HTML picture or a link written over several lines, at the line it starts on', () => {
    const refs = docRefs(['<table><tr>', '  <td><img width="400"', '    src="docs/images/fact-check.png"', '    alt="A fact check"></td>', '</tr></table>', 'See [the teacher\'s', 'guide](docs/teaching.md).'].join('\n'))
    expect(refs.images).toEqual([{ line: 2, target: 'docs/images/fact-check.png' }])
    expect(refs.links).toEqual([{ line: 6, target: 'docs/teaching.md' }])
  })

  it('lets a stray backtick hide nothing beyond its paragraph', () => {
    const refs = docRefs(['Press ` to start.', '', '![Title](docs/images/title-slide.png) and `code`'].join('\n'))
    expect(targets(refs.images)).toEqual(['docs/images/title-slide.png'])
  })

  it('treats a fence of four backticks as one block, even around three', () => {
    const refs = docRefs(['````md', '```', '![x](inside.png)', '```', '````', '![y](outside.png)'].join('\n'))
    expect(targets(refs.images)).toEqual(['outside.png'])
  })
})

describe('filePart and isRelative', () => {
  it('drops the fragment and query and decodes escapes', () => {
    expect(filePart('docs/teaching.md#the-pdf')).toBe('docs/teaching.md')
    expect(filePart('docs/my%20notes.md?plain=1')).toBe('docs/my notes.md')
  })

  it.each([
    ['docs/images/a.png', true],
    ['../quiz/live.ts', true],
    ['https://sli.dev', false],
    ['//cdn.example/x.png', false],
    ['#quick-start', false],
    ['mailto:teacher@school.example', false],
  ])('%s is relative: %s', (target, relative) => {
    expect(isRelative(target)).toBe(relative)
  })
})
