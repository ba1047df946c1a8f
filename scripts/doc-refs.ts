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
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$/
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

/** Reads what a Markdown document refers to. Links and pictures inside code are not links; commands are. */
export function docRefs(markdown: string): DocRefs {
  const images: DocRef[] = []
  const links: DocRef[] = []
  const scripts: DocRef[] = []
  const definitions = new Map<string, string>()
  const imageRefs: { line: number, label: string }[] = []
  let fence: string | undefined

  for (const [i, raw] of markdown.split('\n').entries()) {
    const line = i + 1
    for (const m of raw.matchAll(NPM))
      scripts.push({ line, target: m[2] ?? m[1]!.replace(TRAILING, '') })

    const opened = FENCE.exec(raw)?.[1]
    if (fence !== undefined) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length)
        fence = undefined
      continue
    }
    if (opened) {
      fence = opened
      continue
    }

    const text = raw.replace(CODE_SPAN, '')
    const definition = DEFINITION.exec(text)
    if (definition) {
      definitions.set(definition[1]!.toLowerCase(), definition[2]!)
      continue
    }
    for (const m of text.matchAll(IMAGE))
      images.push({ line, target: m[1]! })
    for (const m of text.matchAll(IMG_TAG))
      images.push({ line, target: m[1]! })
    for (const m of text.matchAll(IMAGE_REF))
      imageRefs.push({ line, label: (m[2] || m[1])!.toLowerCase() })
    for (const m of text.matchAll(LINK))
      links.push({ line, target: m[1]! })
    for (const m of text.matchAll(A_TAG))
      links.push({ line, target: m[1]! })
  }

  const imageLabels = new Set(imageRefs.map(r => r.label))
  for (const ref of imageRefs) {
    const target = definitions.get(ref.label)
    if (target)
      images.push({ line: ref.line, target })
  }
  // A definition used by a picture is checked as a picture; the others are links.
  for (const [label, target] of definitions) {
    if (!imageLabels.has(label))
      links.push({ line: lineOf(markdown, `[${label}]:`), target })
  }

  const relative = (refs: DocRef[]): DocRef[] => refs.filter(r => isRelative(r.target))
  return { images: relative(images), links: relative(links), scripts }
}

function lineOf(markdown: string, needle: string): number {
  const at = markdown.toLowerCase().indexOf(needle)
  return at < 0 ? 0 : markdown.slice(0, at).split('\n').length
}
