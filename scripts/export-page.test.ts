// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { readExportPage } from './export'

/** The exporter's page at `path`, with `body` as its content. */
function pageAt(path: string, body: string): void {
  history.replaceState(null, '', path)
  document.body.innerHTML = body
}

const drawnSlide = (no: number): string => `<div class="print-slide-container" id="${no}"><div data-slidev-no="${no}"><div class="slidev-layout">Slide ${no}</div></div></div>`
const loadingSlide = (no: number): string => `<div class="print-slide-container" id="${no}"><div data-slidev-no="${no}"><div class="slidev-slide-loading"></div></div></div>`

describe('readExportPage', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('calls the one-piece page drawn only when every slide is laid out and none is loading', () => {
    pageAt('/print', '')
    expect(readExportPage()).toEqual({ path: '/print', containers: 0, rendered: 0, drawn: false })
    pageAt('/print', drawnSlide(1) + loadingSlide(2))
    expect(readExportPage()).toEqual({ path: '/print', containers: 2, rendered: 1, drawn: false })
    pageAt('/print', drawnSlide(1) + drawnSlide(2))
    expect(readExportPage()).toMatchObject({ rendered: 2, drawn: true })
  })

  it('calls a single slide drawn when that slide is laid out', () => {
    pageAt('/3', drawnSlide(2))
    expect(readExportPage().drawn).toBe(false)
    pageAt('/3', loadingSlide(3))
    expect(readExportPage().drawn).toBe(false)
    pageAt('/3', drawnSlide(3))
    expect(readExportPage().drawn).toBe(true)
  })

  it('calls the notes page drawn once a slide\'s notes are there', () => {
    pageAt('/presenter/print', '<div id="page-root"><h1>Title</h1></div>')
    expect(readExportPage().drawn).toBe(false)
    pageAt('/presenter/print', '<div id="page-root"><h1>Title</h1><h2>1/40 Title</h2></div>')
    expect(readExportPage().drawn).toBe(true)
  })
})
