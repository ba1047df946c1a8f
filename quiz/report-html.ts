// The class report as one HTML file a teacher opens in any browser, offline: what the class learned
// (objectives as bars, each question's facility, discrimination, options and flags, each student's
// points), with the same words and figures as the teacher's page. Self-contained: its styles inline,
// nothing fetched. Written by `npm run quiz -- report` for the files handed in from the practice quiz.
import type { ClassReport } from './live/report'
import { paletteCss } from '../styles/palette'
import { escapeHtml } from './export-text'
import { REACHED_AT_PERCENT } from './live/report-protocol'
import { index, itemLabels, percent, points } from './live/report-view'

/** What the page says besides the report: its title, a line on where the answers come from, files left out. */
export interface ReportPage {
  readonly title: string
  /** Why the teacher should read these figures with care (self-reported answers), shown first. */
  readonly notice: string
  /** When the report was written, as words. */
  readonly written: string
  readonly leftOut: readonly { readonly file: string, readonly reason: string }[]
}

const h = escapeHtml

const STYLE = `
body { margin: 0; color: var(--palette-ink); background: var(--palette-paper); font: 1.05rem/1.5 system-ui, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { color: var(--palette-accent); }
.notice { padding: 0.6rem 0.9rem; border: 2px solid var(--palette-rule); border-left-width: 8px; background: var(--palette-zebra); }
.hint { color: var(--palette-ink-muted); }
.objectives { display: grid; gap: 0.7rem; padding: 0; list-style: none; }
.objectives li { display: grid; gap: 0.2rem; }
.bar-track { display: block; height: 1rem; border: 1px solid var(--palette-rule); }
.bar { display: block; height: 100%; background: var(--palette-bar); }
.table-scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--palette-hairline); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--palette-rule); }
tbody th { font-weight: 400; }
ul.options, ul.flags { margin: 0; padding-left: 1.1rem; }
.flags { color: var(--palette-wrong); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { .bar { print-color-adjust: exact; } }
`

/** The report as a page: the same sections, words and figures as the teacher's page. */
export function reportHtml(report: ClassReport, page: ReportPage): string {
  const labels = itemLabels(report)
  const flagged = report.items.filter(item => item.flags.length > 0)
  const help = report.students.filter(s => s.needsHelp)
  const objectives = report.objectives.map(o => `
      <li>
        <span>${h(o.label)}</span>
        <span class="bar-track" aria-hidden="true"><span class="bar" style="width: ${percent(o.share ?? 0)}"></span></span>
        <span>${o.share === null ? 'not assessed yet' : `${o.reached} of ${o.of} students (${percent(o.share)})`}</span>
        ${o.items.length > 0 ? `<span class="hint">Questions: ${o.items.map(key => labels[key]).join(', ')}</span>` : ''}
      </li>`).join('')
  const items = report.items.map(item => `
        <tr>
          <th scope="row"><strong>${labels[item.key]}</strong> ${h(item.prompt)}${item.flags.length > 0
            ? `
            <ul class="flags">${item.flags.map(flag => `<li><span aria-hidden="true">⚠ </span>${h(flag)}</li>`).join('')}</ul>`
            : ''}
          </th>
          <td>${item.answered}</td>
          <td>${percent(item.facility)}</td>
          <td>${index(item.discrimination)}</td>
          <td>${item.options.length > 0 ? `<ul class="options">${item.options.map(o => `<li>${h(o.letter === o.text ? o.letter : `${o.letter} ${o.text}`)}: <strong>${o.count}</strong>${o.right ? ' (right)' : ''}</li>`).join('')}</ul>` : ''}</td>
        </tr>`).join('')
  const assessed = (s: ClassReport['students'][number]): number => report.objectives.filter(o => (s.byObjective[o.id]?.max ?? 0) > 0).length
  const students = report.students.map(s => `
        <tr>
          <th scope="row">${h(s.name)}${s.needsHelp ? ' (needs help)' : ''}</th>
          <td>${s.handedInAt ? h(s.handedInAt.slice(0, 16).replace('T', ' ')) : 'not yet'}</td>
          <td>${points(s.total)}</td>
          <td>${s.reached.length} of ${assessed(s)}</td>
        </tr>`).join('')
  const leftOut = page.leftOut.length === 0
    ? ''
    : `
    <h2>Files left out</h2>
    <p>${page.leftOut.length} ${page.leftOut.length === 1 ? 'file does' : 'files do'} not count in these figures:</p>
    <ul>${page.leftOut.map(f => `<li><strong>${h(f.file)}</strong>: ${h(f.reason)}</li>`).join('')}</ul>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(page.title)}</title>
<style>
${paletteCss()}${STYLE}</style>
</head>
<body>
<main>
  <h1>${h(page.title)}</h1>
  <p class="notice">${h(page.notice)}</p>
  <p class="hint">${h(page.written)}</p>

  <h2>Objectives</h2>
  <p class="hint">A student reaches an objective with ${REACHED_AT_PERCENT}% of its points or more.</p>
  <ul class="objectives">${objectives}
  </ul>

  <h2>Questions</h2>
  ${flagged.length > 0 ? `<p>${flagged.length} ${flagged.length === 1 ? 'question needs' : 'questions need'} a look: ${flagged.map(item => labels[item.key]).join(', ')}.</p>` : ''}
  <p class="hint">Facility: the share of the points the class earned (low is hard). Discrimination: whether those who did well overall did better on it (from −1 to 1; below 0.1, it does not tell them apart).</p>
  <div class="table-scroll">
    <table>
      <caption class="visually-hidden">Every question: answered, facility, discrimination, each option's count, and why it needs a look</caption>
      <thead><tr><th scope="col">Question</th><th scope="col">Answered</th><th scope="col">Facility</th><th scope="col">Discrimination</th><th scope="col">Options chosen</th></tr></thead>
      <tbody>${items}
      </tbody>
    </table>
  </div>

  <h2>Students</h2>
  ${help.length > 0 ? `<p>Below half the points: ${help.map(s => h(s.name)).join(', ')}.</p>` : ''}
  <div class="table-scroll">
    <table>
      <caption class="visually-hidden">Every student: handed in, points, objectives reached</caption>
      <thead><tr><th scope="col">Student</th><th scope="col">Handed in</th><th scope="col">Points</th><th scope="col">Objectives reached</th></tr></thead>
      <tbody>${students}
      </tbody>
    </table>
  </div>
  ${leftOut}
</main>
</body>
</html>
`
}
