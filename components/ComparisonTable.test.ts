// @vitest-environment happy-dom
import type { ComparisonTableProps } from './ComparisonTable.vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { rivalries } from '../content/companies'
import { rivalryColumns, rivalryRows, whatElseCell } from './comparison-table'
import ComparisonTable from './ComparisonTable.vue'

// Slidev registers v-click globally; outside Slidev a stub stands in, recording what it was given.
const clicks: unknown[] = []
const click = { mounted: (_: Element, binding: { value: unknown }) => clicks.push(binding.value) }

function render(props: ComparisonTableProps) {
  clicks.length = 0
  return mount(ComparisonTable, { props, global: { directives: { click } } })
}

const rivalryProps = {
  caption: 'Who won in China',
  columns: rivalryColumns,
  rows: rivalryRows(rivalries),
} satisfies ComparisonTableProps

describe('comparisonTable', () => {
  it('names the table with its caption', () => {
    const table = render(rivalryProps).get('table')
    expect(table.get('caption').text()).toBe('Who won in China')
  })

  it('heads every column with a scoped header cell', () => {
    const headers = render(rivalryProps).findAll('thead th')
    expect(headers.map(h => h.text())).toEqual(rivalryColumns.map(c => c.label))
    expect(headers.every(h => h.attributes('scope') === 'col')).toBe(true)
  })

  it('shows every rivalry, the US company heading its row', () => {
    const rows = render(rivalryProps).findAll('tbody tr')
    expect(rows).toHaveLength(rivalries.length)
    for (const [i, rivalry] of rivalries.entries()) {
      const header = rows[i]!.get('th')
      expect(header.attributes('scope')).toBe('row')
      expect(header.text()).toBe(rivalry.usCompany)
      expect(rows[i]!.findAll('td').map(td => td.text())).toEqual([
        rivalry.chineseWinner,
        whatElseCell(rivalry),
      ])
    }
  })

  it('asks Slidev to reveal each row on its own click', () => {
    render(rivalryProps)
    expect(clicks).toEqual(rivalries.map(() => true))
  })

  it('keeps every row in place when reveal is off', () => {
    render({ ...rivalryProps, reveal: false })
    expect(clicks).toEqual(rivalries.map(() => false))
  })

  it('shows the note under the table only when there is one', () => {
    expect(render(rivalryProps).find('.note').exists()).toBe(false)
    const note = render({ ...rivalryProps, note: 'probable: the evidence points one way' }).get('.note')
    expect(note.text()).toBe('probable: the evidence points one way')
  })

  it('leaves a cell empty when a row lacks that column', () => {
    const wrapper = render({
      caption: 'Two columns',
      columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }],
      rows: [{ a: 'only A' }],
    })
    expect(wrapper.get('tbody th').text()).toBe('only A')
    expect(wrapper.get('tbody td').text()).toBe('')
  })

  it('marks the cells of a column in another language with its lang', () => {
    const wrapper = render({
      caption: 'Glossary',
      columns: [
        { key: 'chinese', label: 'Chinese', lang: 'zh-Hans' },
        { key: 'pinyin', label: 'Pinyin', lang: 'zh-Latn-pinyin' },
        { key: 'meaning', label: 'Meaning' },
      ],
      rows: [{ chinese: '直播', pinyin: 'zhíbō', meaning: 'live streaming' }],
    })
    expect(wrapper.get('tbody th').attributes('lang')).toBe('zh-Hans')
    expect(wrapper.get('tbody th').text()).toBe('直播')
    const [pinyin, meaning] = wrapper.findAll('tbody td')
    expect(pinyin!.attributes('lang')).toBe('zh-Latn-pinyin')
    expect(meaning!.attributes('lang')).toBeUndefined()
    expect(wrapper.get('thead th').attributes('lang')).toBeUndefined()
  })
})
