// What a Markdown document points at: the pictures it shows, the files it links to, and the
// `npm run` commands it tells a reader to type. test/docs.test.ts checks each against the project,
// so a renamed picture, a moved file or a renamed script cannot leave the README or a guide behind.

/** One thing a document refers to, with the line it is on (from 1). */
export interface DocRef {
  readonly line: number
  readonly target: string
}

/** What a document refers to, by kind. */
export interface DocRefs {
  /** `![alt](path)`, `![alt][ref]` and `<img src="path">`, relative ones only. */
  readonly images: DocRef[]
  /** `[text](path)`, `[ref]: path` and `<a href="path">` to a file of the project, without `#fragment`. */
  readonly links: DocRef[]
  /** The script names of `npm run NAME` (and `npm test`, `npm start`), code blocks included. */
  readonly scripts: DocRef[]
}

const FENCE = /^\s*(`{3,}|~{3,})/
const CODE_SPAN = /(`+)[\s\S]*?\1/g
const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g
const IMAGE_REF = /!\[([^\]]*)\]\[([^\]]*)\]/g
const LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g
const DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/gm
const NOT_NEWLINE = /[^\n]/g
// A code span never runs past the end of its paragraph; kept by split() as a piece of its own.
const BLANK_LINE = /(\n[ \t]*\n)/
const IMG_TAG = /<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi
const A_TAG = /<a\b[^>]*?\shref\s*=\s*["']([^"']+)["']/gi
// npm's own flags may stand before the name: `npm run -s quiz -- gift`.
const NPM = /\bnpm\s+(?:run(?:-script)?(?:\s+--?[a-z][\w-]*)*\s+([\w:.@/][\w:.@/-]*)|(test|start|stop|restart)\b)/g
const SCHEME = /^[a-z][a-z\d+.-]*:/i
const TRAILING = /[.:,;]+$/
const FRAGMENT_OR_QUERY = /[#?].*$/

/** Whether a link target names a file of the project rather than a web address or a place in the page. */
export function isRelative(target: string): boolean {
  return !SCHEME.test(target) && !target.startsWith('//') && !target.startsWith('#')
}

/** The file part of a relative target: no `#fragment` or `?query`, percent-escapes decoded. */
export function filePart(target: string): string {
  const path = target.replace(FRAGMENT_OR_QUERY, '')
  try {
    return decodeURIComponent(path)
  }
  catch {
    return path
  }
}

/**
 * The document with its code blanked out (fenced blocks and code spans become spaces, line breaks
 * kept), so that what is left is prose and every offset is still on its line.
 */
export function withoutCode(markdown: string): string {
  const blank = (text: string): string => text.replace(NOT_NEWLINE, ' ')
  let fence: string | undefined
  return markdown.split('\n').map((line) => {
    const opened = FENCE.exec(line)?.[1]
    if (fence !== undefined) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length)
        fence = undefined
      return blank(line)
    }
    if (opened) {
      fence = opened
      return blank(line)
    }
    return line
  }).join('\n').split(BLANK_LINE).map(paragraph => paragraph.replace(CODE_SPAN, blank)).join('')
}

/** Reads what a Markdown document refers to. Links and pictures inside code are not links; commands are. */
export function docRefs(markdown: string): DocRefs {
  const lineAt = (offset: number): number => markdown.slice(0, offset).split('\n').length
  const found = (pattern: RegExp, text: string): DocRef[] =>
    Array.from(text.matchAll(pattern), m => ({ line: lineAt(m.index), target: m[1]! }))

  const scripts = Array.from(markdown.matchAll(NPM), m => ({ line: lineAt(m.index), target: m[2] ?? m[1]!.replace(TRAILING, '') }))

  const prose = withoutCode(markdown)
  const definitions = new Map<string, DocRef>()
  for (const m of prose.matchAll(DEFINITION))
    definitions.set(m[1]!.toLowerCase(), { line: lineAt(m.index), target: m[2]! })
  const imageRefs = Array.from(prose.matchAll(IMAGE_REF), m => ({ line: lineAt(m.index), label: (m[2] || m[1])!.toLowerCase() }))
  const imageLabels = new Set(imageRefs.map(r => r.label))

  const images = [
    ...found(IMAGE, prose),
    ...found(IMG_TAG, prose),
    ...imageRefs.flatMap(ref => definitions.has(ref.label) ? [{ line: ref.line, target: definitions.get(ref.label)!.target }] : []),
  ]
  // A definition used by a picture is checked as a picture; the others are links.
  const links = [
    ...found(LINK, prose),
    ...found(A_TAG, prose),
    ...Array.from(definitions).filter(([label]) => !imageLabels.has(label)).map(([, ref]) => ref),
  ]
  const relative = (refs: DocRef[]): DocRef[] => refs.filter(r => isRelative(r.target)).sort((a, b) => a.line - b.line)
  return { images: relative(images), links: relative(links), scripts }
}
