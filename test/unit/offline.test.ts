import { describe, expect, it } from 'vitest'
import { externalReferences } from '../support/offline'

// The offline check itself must be able to fail: prove it finds what it is meant to find.
describe('externalReferences', () => {
  it.each([
    ['<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=X">', '.html'],
    ['<script src="//cdn.jsdelivr.net/x.js"></script>', '.html'],
    ['<img alt="" src="https://cover.sli.dev">', '.html'],
    ['<link rel="icon" href="https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png">', '.html'],
    ['@import url("https://fonts.googleapis.com/css");', '.css'],
    ['.a{background:url(https://example.com/a.png)}', '.css'],
    ['const s = ".a{background:url(\'https://example.com/a.png\')}"', '.js'],
  ])('finds the remote reference in %s', (text, ext) => {
    expect(externalReferences(text, ext)).toHaveLength(1)
  })

  it.each([
    ['<a href="https://www.tmtpost.com/2495833.html">article</a>', '.html'],
    ['<link rel="icon" href="/favicon.svg">', '.html'],
    ['.a{background:url(/assets/a.png)}', '.css'],
    ['<img src="http://localhost:3030/a.png">', '.html'],
    ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', '.html'],
  ])('accepts %s', (text, ext) => {
    expect(externalReferences(text, ext)).toEqual([])
  })
})
