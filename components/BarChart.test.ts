// @vitest-environment happy-dom
import type { BarChartProps } from './BarChart.vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { formatShare, marketShares, shareSeries } from '../content/market-share'
import { sourceRefs } from '../content/sources'
import { shareChartProps } from './bar-chart'
import BarChart from './BarChart.vue'

function texts(props: BarChartProps, selector = 'text'): string[] {
  return mount(BarChart, { props }).findAll(selector).map(t => t.text())
}

describe('barChart', () => {
  const simple: BarChartProps = {
    title: 'Network switches, Q3 2017',
    unit: '%',
    bars: [{ label: 'Cisco', value: 57 }, { label: 'Huawei', value: 7.7 }],
  }

  it('is one image to assistive technology, named by its title, with every value in its description', () => {
    const svg = mount(BarChart, { props: { ...simple, source: 'IDC' } }).get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.get(`#${svg.attributes('aria-labelledby')}`).text()).toBe('Network switches, Q3 2017')
    expect(svg.get(`#${svg.attributes('aria-describedby')}`).text()).toBe('Cisco: 57%. Huawei: 7.7%. Source: IDC.')
  })

  it('writes the title, each label and each value as text beside its bar', () => {
    expect(texts(simple, '.chart-title')).toEqual(['Network switches, Q3 2017'])
    expect(texts(simple, '.bar-label')).toEqual(['Cisco', 'Huawei'])
    expect(texts(simple, '.bar-value')).toEqual(['57%', '7.7%'])
  })

  it('draws a longer bar for a larger value', () => {
    const widths = mount(BarChart, { props: simple }).findAll('.bar rect').map(r => Number(r.attributes('width')))
    expect(widths[0]).toBeGreaterThan(widths[1]! * 7)
  })

  it('marks and labels the end of the scale only when given a maximum', () => {
    expect(texts(simple, '.chart-scale text')).toEqual([])
    expect(mount(BarChart, { props: simple }).find('.chart-max').exists()).toBe(false)
    const full = { ...simple, max: 100 }
    expect(texts(full, '.chart-scale text')).toEqual(['0', '100%'])
    expect(mount(BarChart, { props: full }).find('.chart-max').exists()).toBe(true)
  })

  it('credits the source under the chart only when there is one', () => {
    expect(texts(simple, '.chart-source')).toEqual([])
    expect(texts({ ...simple, source: 'IDC' }, '.chart-source')).toEqual(['Source: IDC'])
  })

  it.each(marketShares.map(s => [s.id, s.id] as const))('shows the %s market shares with their wording and notes', (_, id) => {
    const series = shareSeries(id)
    const props = shareChartProps(series)
    expect(texts(props, '.chart-title')).toEqual([series.title])
    expect(texts(props, '.chart-subtitle')[0]!.toLowerCase()).toBe(series.measure.toLowerCase())
    expect(texts(props, '.bar-label')).toEqual(series.bars.map(b => b.label))
    expect(texts(props, '.bar-value')).toEqual(series.bars.map(formatShare))
    expect(texts(props, '.bar-note')).toEqual(props.bars.flatMap(b => b.note ? [b.note] : []))
    expect(texts(props, '.chart-source')).toEqual([`Source: ${series.source} (${sourceRefs(series.sources).toLowerCase()})`])
  })
})
