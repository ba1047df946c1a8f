// Fonts are bundled from npm (@fontsource) so the deck, the student pages and the PDF export need no
// internet. Noto Sans SC is split by unicode-range: a browser downloads only the pieces holding the
// Chinese characters a page shows. Only the regular weight ships: each weight adds about 170 KB of
// @font-face rules to the CSS every page loads, and Chromium draws bold Chinese from the regular.
// The deck (styles/index.ts) and the pages outside it (apps/) both import this file.
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import '@fontsource/atkinson-hyperlegible/400-italic.css'
import '@fontsource/noto-sans-sc/400.css'
import 'virtual:lesson-palette.css'
