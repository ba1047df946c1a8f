// After an export, check what it wrote: a PDF with a page per slide, or a PNG per slide. An export
// that reports success but wrote nothing (seen once: exit 0 and an empty folder) must fail loudly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'

/** What an export should have written. */
export interface ExpectedOutput {
  readonly format: 'pdf' | 'png'
  /** The PDF file, or the folder of PNG files. */
  readonly path: string
  /** Pages (PDF) or images (PNG) it must have. */
  readonly pages: number
  /** With `--with-clicks` a slide may take several pages: then `pages` is a minimum. */
  readonly atLeast: boolean
  /** When the export started (ms since the epoch): older PNGs in the folder do not count. */
  readonly startedAt: number
}

/** What the export wrote, or what is wrong with it, in a sentence for the teacher. */
export type OutputCheck
  = | { readonly ok: true, readonly pages: number, readonly bytes: number }
    | { readonly ok: false, readonly problem: string }

/** The number of pages of a PDF file; throws if it is not a PDF. */
export async function pdfPageCount(file: string): Promise<number> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  return pdf.getPageCount()
}

/** Checks an export's output against what it should have written. */
export async function checkExport(expected: ExpectedOutput): Promise<OutputCheck> {
  const short = (found: number, what: string): OutputCheck => ({
    ok: false,
    problem: `${expected.path} has ${found} ${what}, but the export should have written ${expected.atLeast ? 'at least ' : ''}${expected.pages}`,
  })
  if (expected.format === 'pdf') {
    if (!existsSync(expected.path))
      return { ok: false, problem: `no PDF was written at ${expected.path}` }
    let pages: number
    try {
      pages = await pdfPageCount(expected.path)
    }
    catch (error) {
      return { ok: false, problem: `${expected.path} is not a readable PDF (${(error as Error).message})` }
    }
    const enough = expected.atLeast ? pages >= expected.pages : pages === expected.pages
    return enough ? { ok: true, pages, bytes: statSync(expected.path).size } : short(pages, 'pages')
  }
  const images = existsSync(expected.path)
    ? readdirSync(expected.path)
        .filter(name => name.endsWith('.png'))
        .map(name => statSync(join(expected.path, name)))
        .filter(stat => stat.mtimeMs >= expected.startedAt - 1000 && stat.size > 0)
    : []
  const enough = expected.atLeast ? images.length >= expected.pages : images.length === expected.pages
  return enough
    ? { ok: true, pages: images.length, bytes: images.reduce((sum, stat) => sum + stat.size, 0) }
    : short(images.length, 'new PNG images')
}
