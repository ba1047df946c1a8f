import antfu from '@antfu/eslint-config'

// The Slidev ecosystem's own style (antfu). Markdown is checked by markdownlint-cli2 instead,
// because slide files mix YAML frontmatter, HTML and Vue components in ways ESLint's Markdown
// processor misreads.
export default antfu(
  {
    vue: true,
    typescript: true,
    markdown: false,
    ignores: ['dist/**', 'exports/**', '.slidev/**', '**/*.md'],
  },
  {
    // Command-line entry points and tests talk to a person on the console.
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
)
