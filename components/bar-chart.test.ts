import { describe, expect, it } from 'vitest'
import { marketShares, shareSeries } from '../content/market-share'
import { sourceRefs } from '../content/sources'
import {
  barsFromShareSeries,
  chartMax,
  defaultBarChartOptions,
  describeBars,
  formatValue,
  layoutBarChart,
  shareChartProps,
  valueText,
} from './bar-chart'
import { estimateTextWidth } from './svg-text'

describe('formatValue', () => {
  it.each([
    [47.8, '%', '47.8%'],
    [200, 'apps', '200 apps'],
    [15, 'US$B', '15 US$B'],
    [3, '', '3'],
  ] as const)('writes %d with %j as %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text)
  })
})

describe('valueText', () => {
  it('prefers the bar\'s own wording', () => {
    expect(valueText({ label: 'AWS', value: 44, display: 'about 44%' }, '%')).toBe('about 44%')
    expect(valueText({ label: 'AWS', value: 44 }, '%')).toBe('44%')
  })
})

describe('chartMax', () => {
  it('uses the maximum it is given, or else the largest value', () => {
    expect(chartMax([{ label: 'a', value: 44 }], 100)).toBe(100)
    expect(chartMax([{ label: 'a', value: 44 }, { label: 'b', value: 3 }])).toBe(44)
    expect(chartMax([{ label: 'a', value: 44 }], 0)).toBe(44)
    expect(chartMax([])).toBe(1)
  })
})

describe('layoutBarChart', () => {
  const bars = barsFromShareSeries(shareSeries('cloud-2016'))
  const text = { title: 'Cloud market, 2016', unit: '%', source: 'Gartner' }

  it('draws bars in proportion to their values on the chart\'s scale', () => {
    const layout = layoutBarChart(bars, text, 100)
    const [aws, alibaba] = layout.bars
    expect(aws!.barWidth).toBeCloseTo(layout.barArea * 0.44)
    expect(alibaba!.barWidth).toBeCloseTo(layout.barArea * 0.03)
    expect(aws!.barWidth / alibaba!.barWidth).toBeCloseTo(44 / 3)
  })

  it('fills the bar area with the largest bar when no maximum is given', () => {
    const layout = layoutBarChart(bars, text)
    expect(layout.bars[0]!.barWidth).toBeCloseTo(layout.barArea)
  })

  it('keeps a value over the maximum, or below zero, inside the bar area', () => {
    const layout = layoutBarChart([{ label: 'a', value: 150 }, { label: 'b', value: -5 }], text, 100)
    expect(layout.bars.map(b => b.barWidth)).toEqual([layout.barArea, 0])
  })

  it('leaves room for every value and note inside the width', () => {
    for (const series of marketShares) {
      const layout = layoutBarChart(barsFromShareSeries(series), text, 100)
      for (const placed of layout.bars) {
        const end = placed.bar.note
          ? placed.noteX + estimateTextWidth(placed.bar.note, defaultBarChartOptions.smallSize)
          : placed.valueX + estimateTextWidth(placed.valueText, defaultBarChartOptions.textSize, 'bold')
        expect(end).toBeLessThanOrEqual(layout.width)
      }
    }
  })

  it('uses the width: a short bar\'s value may run past the end of the scale', () => {
    const layout = layoutBarChart([{ label: 'Huawei', value: 7.7 }], text, 100)
    const end = estimateTextWidth('100%', defaultBarChartOptions.smallSize) / 2 + defaultBarChartOptions.spacing / 2
    expect(layout.barX + layout.barArea).toBeCloseTo(layout.width - end)
  })

  it('shortens the bars when the longest bar\'s value would not fit after it', () => {
    const layout = layoutBarChart([{ label: 'a', value: 100, note: 'a long note after the value' }], text, 100)
    const [placed] = layout.bars
    const noteEnd = placed!.noteX + estimateTextWidth('a long note after the value', defaultBarChartOptions.textSize)
    expect(noteEnd).toBeCloseTo(layout.width, 0)
  })

  it('stacks title, bars, scale and source from top to bottom without overlap', () => {
    const layout = layoutBarChart(bars, { ...text, subtitle: 'Share of revenue' }, 100)
    expect(layout.subtitleY!).toBeGreaterThan(layout.titleY)
    expect(layout.bars[0]!.y).toBeGreaterThan(layout.subtitleY!)
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y + defaultBarChartOptions.barHeight)
    expect(layout.scaleY).toBeGreaterThan(layout.bars[1]!.y + defaultBarChartOptions.barHeight)
    expect(layout.sourceY!).toBeGreaterThan(layout.scaleY)
    expect(layout.height).toBeGreaterThan(layout.sourceY!)
  })

  it('is shorter without a subtitle and a source', () => {
    expect(layoutBarChart(bars, { title: 'x', unit: '%' }).height).toBeLessThan(layoutBarChart(bars, { ...text, subtitle: 'y' }).height)
    expect(layoutBarChart(bars, { title: 'x', unit: '%' }).sourceY).toBeUndefined()
  })
})

describe('describeBars', () => {
  it('reads out every bar with its value and note, then the source', () => {
    expect(describeBars(barsFromShareSeries(shareSeries('cloud-2016')), { title: 'x', unit: '%', source: 'Gartner' }))
      .toBe('AWS: about 44% (US$9.8B revenue). Alibaba: 3% (US$675M revenue). Source: Gartner.')
  })
})

describe('barsFromShareSeries', () => {
  it('turns each share into a bar, "about" where the source rounds', () => {
    expect(barsFromShareSeries(shareSeries('switches-2017'))).toEqual([
      { label: 'Cisco', value: 57, display: 'about 57%', note: undefined },
      { label: 'Huawei', value: 7.7, display: '7.7%', note: undefined },
    ])
  })

  it('notes the revenue or the rank where the source gives one', () => {
    expect(barsFromShareSeries(shareSeries('cloud-2018')).map(b => b.note)).toEqual(['rank 1', 'rank 3'])
  })
})

describe('shareChartProps', () => {
  it('shows a series on a 0–100% scale, with what it measures and who measured it', () => {
    const series = shareSeries('cloud-2018')
    const props = shareChartProps(series)
    expect(props).toMatchObject({ title: series.title, unit: '%', source: `${series.source} (${sourceRefs(series.sources).toLowerCase()})`, max: 100 })
    expect(props.subtitle).toMatch(/^[A-Z]/)
    expect(props.subtitle!.toLowerCase()).toBe(series.measure.toLowerCase())
    expect(props.bars.map(b => b.value)).toEqual(series.bars.map(b => b.percent))
  })
})

describe('shareChartProps in a layout', () => {
  it.each(marketShares.map(s => [s.id, s] as const))('fits the %s title and subtitle inside the chart\'s width', (_, series) => {
    const props = shareChartProps(series)
    const { width, titleSize, smallSize } = defaultBarChartOptions
    expect(estimateTextWidth(props.title, titleSize, 'bold')).toBeLessThanOrEqual(width)
    expect(estimateTextWidth(props.subtitle!, smallSize)).toBeLessThanOrEqual(width)
  })
})
