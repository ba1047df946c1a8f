// Finds what a page would load from another host. Links a person clicks (`<a href>`) are fine;
// anything the browser fetches by itself is not.

const REMOTE = String.raw`(?:https?:)?//(?!localhost[:/]|127\.0\.0\.1[:/])[^\s"'()<>]+`

const HTML_RULES: RegExp[] = [
  new RegExp(String.raw`<link\s[^>]*?\bhref\s*=\s*["']?(${REMOTE})`, 'gi'),
  new RegExp(String.raw`<script\s[^>]*?\bsrc\s*=\s*["']?(${REMOTE})`, 'gi'),
  new RegExp(String.raw`<img\s[^>]*?\b(?:src|srcset)\s*=\s*["']?(${REMOTE})`, 'gi'),
  new RegExp(String.raw`<(?:source|iframe|video|audio|embed|track)\s[^>]*?\b(?:src|poster)\s*=\s*["']?(${REMOTE})`, 'gi'),
]

const CSS_RULES: RegExp[] = [
  new RegExp(String.raw`url\(\s*["']?(${REMOTE})`, 'gi'),
  new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?(${REMOTE})`, 'gi'),
]

/**
 * Remote references in a file's text: HTML tags that load resources, and CSS `url()` / `@import`.
 * CSS rules also run over HTML (inline styles) and JavaScript (CSS carried in a bundle).
 */
export function externalReferences(text: string, extension: string): string[] {
  const rules = extension === '.html' ? [...HTML_RULES, ...CSS_RULES] : CSS_RULES
  const found = new Set(rules.flatMap(rule => Array.from(text.matchAll(rule), m => m[1]!)))
  return [...found]
}
