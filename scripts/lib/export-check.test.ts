import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { checkExport } from './export-check'

const dir = mkdtempSync(join(tmpdir(), 'export-check-'))

async function pdfWith(pages: number, name: string): Promise<string> {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < pages; i++)
    pdf.addPage([980, 551])
  const file = join(dir, name)
  writeFileSync(file, await pdf.save())
  return file
}

describe('checkExport', () => {
  it('accepts a PDF with a page per slide and reports its pages and size', async () => {
    const path = await pdfWith(35, 'deck.pdf')
    const result = await checkExport({ format: 'pdf', path, pages: 35, atLeast: false, startedAt: 0 })
    expect(result).toMatchObject({ ok: true, pages: 35 })
  })

  it('fails a PDF with fewer or more pages than slides, saying how many', async () => {
    const path = await pdfWith(12, 'short.pdf')
    expect(await checkExport({ format: 'pdf', path, pages: 35, atLeast: false, startedAt: 0 }))
      .toEqual({ ok: false, problem: `${path} has 12 pages, but the export should have written 35` })
    expect((await checkExport({ format: 'pdf', path, pages: 1, atLeast: false, startedAt: 0 })).ok).toBe(false)
  })

  it('fails when no PDF was written, or the file is not a PDF', async () => {
    expect(await checkExport({ format: 'pdf', path: join(dir, 'none.pdf'), pages: 1, atLeast: false, startedAt: 0 }))
      .toMatchObject({ ok: false, problem: expect.stringContaining('no PDF was written') })
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf')
    expect(await checkExport({ format: 'pdf', path: join(dir, 'broken.pdf'), pages: 1, atLeast: false, startedAt: 0 }))
      .toMatchObject({ ok: false, problem: expect.stringContaining('not a readable PDF') })
  })

  it('counts pages as a minimum when every click has its own page', async () => {
    const path = await pdfWith(50, 'clicks.pdf')
    expect((await checkExport({ format: 'pdf', path, pages: 35, atLeast: true, startedAt: 0 })).ok).toBe(true)
  })

  it('fails an empty PNG folder, the export that once reported success and wrote nothing', async () => {
    const path = join(dir, 'empty')
    mkdirSync(path)
    expect(await checkExport({ format: 'png', path, pages: 35, atLeast: false, startedAt: Date.now() }))
      .toEqual({ ok: false, problem: `${path} has 0 new PNG images, but the export should have written 35` })
  })

  it('does not count PNG images left over from an earlier export', async () => {
    const path = join(dir, 'pngs')
    mkdirSync(path)
    const startedAt = Date.now()
    for (const name of ['01.png', '02.png', '03.png']) {
      writeFileSync(join(path, name), 'png bytes')
      if (name === '03.png')
        utimesSync(join(path, name), new Date(startedAt - 60_000), new Date(startedAt - 60_000))
    }
    expect(await checkExport({ format: 'png', path, pages: 3, atLeast: false, startedAt })).toMatchObject({ ok: false })
    expect(await checkExport({ format: 'png', path, pages: 2, atLeast: false, startedAt })).toMatchObject({ ok: true, pages: 2 })
  })
})
