import type { ShareSeries } from '../content/market-share'
import { formatShare } from '../content/market-share'
import { sourceRefs } from '../content/sources'
import { estimateTextWidth } from './svg-text'

/** One bar of a bar chart. */
export interface Bar {
  readonly label: string
  readonly value: number
  /** A few words after the value: "US$9.8B revenue". */
  readonly note?: string
  /** The value as written beside the bar, when it needs more than number and unit: "about 44%". */
  readonly display?: string
}

/** What a chart shows, apart from its bars. */
export interface BarChartText {
  readonly title: string
  readonly subtitle?: string
  readonly unit: string
  readonly source?: string
}

/**
 * The sizes the layout works with, in viewBox units. An 860-wide chart fills the width of a slide at
 * about one unit to a pixel of the 980-pixel canvas, so 20 units read as 20 pixels from the back of
 * the room.
 */
export interface BarChartOptions {
  readonly width: number
  readonly titleSize: number
  readonly textSize: number
  readonly smallSize: number
  readonly barHeight: number
  readonly rowGap: number
  readonly spacing: number
}

export const defaultBarChartOptions: BarChartOptions = {
  width: 860,
  titleSize: 22,
  textSize: 20,
  smallSize: 18,
  barHeight: 30,
  rowGap: 12,
  spacing: 8,
}

/** A bar placed on the chart. */
export interface PlacedBar {
  readonly bar: Bar
  /** Top of the bar. */
  readonly y: number
  readonly barWidth: number
  /** Baseline of the bar's label and value. */
  readonly textY: number
  readonly valueText: string
  /** Where the value's text starts, just after the bar. */
  readonly valueX: number
  /** Where the note starts, after the value. */
  readonly noteX: number
}

/** Everything the component draws, in viewBox units. */
export interface BarChartLayout {
  readonly width: number
  readonly height: number
  readonly titleY: number
  readonly subtitleY?: number
  /** Right edge of the bar labels. */
  readonly labelX: number
  /** Left edge of the bars: the zero line. */
  readonly barX: number
  /** Length of a bar at the chart's maximum. */
  readonly barArea: number
  readonly max: number
  readonly bars: readonly PlacedBar[]
  /** Baseline of the "0 … max" scale under the bars. */
  readonly scaleY: number
  readonly sourceY?: number
}

const STARTS_WITH_LETTER = /^[a-z]/i

/** A value with its unit: "47.8%", "6 apps"; a unit that starts with a letter gets a space. */
export function formatValue(value: number, unit: string): string {
  return STARTS_WITH_LETTER.test(unit) ? `${value} ${unit}` : `${value}${unit}`
}

/** The text beside a bar. */
export function valueText(bar: Bar, unit: string): string {
  return bar.display ?? formatValue(bar.value, unit)
}

/** The chart's maximum: the one given if it is positive, else the largest value (at least 1). */
export function chartMax(bars: readonly Bar[], max?: number): number {
  return max !== undefined && max > 0 ? max : Math.max(1, ...bars.map(b => b.value))
}

/** Lays out a horizontal bar chart: labels on the left, bars from a common zero, values after them. */
export function layoutBarChart(bars: readonly Bar[], text: BarChartText, max?: number, options: BarChartOptions = defaultBarChartOptions): BarChartLayout {
  const { spacing, textSize, smallSize } = options
  const top = spacing + options.titleSize
  const subtitleY = text.subtitle ? top + spacing / 2 + smallSize : undefined
  const firstBar = (subtitleY ?? top) + 2 * spacing
  const labelX = Math.max(0, ...bars.map(b => estimateTextWidth(b.label, textSize)))
  const barX = labelX + spacing
  const valueWidths = bars.map((b) => {
    const value = estimateTextWidth(valueText(b, text.unit), textSize, 'bold')
    return b.note ? value + spacing + estimateTextWidth(b.note, textSize) : value
  })
  const scaleMax = chartMax(bars, max)
  const fractions = bars.map(b => Math.min(Math.max(b.value, 0) / scaleMax, 1))
  // As long as possible, while every value still fits after its own bar and the label at the end
  // of the scale fits inside the width.
  const scaleEnd = estimateTextWidth(formatValue(scaleMax, text.unit), smallSize) / 2 + spacing / 2
  const barArea = Math.max(0, Math.min(
    options.width - barX - scaleEnd,
    ...fractions.map((f, i) => f > 0 ? (options.width - barX - spacing - valueWidths[i]!) / f : Infinity),
  ))
  const rowHeight = options.barHeight + options.rowGap

  const placed = bars.map((bar, i): PlacedBar => {
    const y = firstBar + i * rowHeight
    const barWidth = fractions[i]! * barArea
    const valueX = barX + barWidth + spacing
    return {
      bar,
      y,
      barWidth,
      textY: y + options.barHeight / 2 + textSize * 0.35,
      valueText: valueText(bar, text.unit),
      valueX,
      noteX: valueX + estimateTextWidth(valueText(bar, text.unit), textSize, 'bold') + spacing,
    }
  })

  const barsBottom = firstBar + bars.length * rowHeight - options.rowGap
  const scaleY = barsBottom + spacing + smallSize
  const sourceY = text.source ? scaleY + spacing + smallSize : undefined
  return {
    width: options.width,
    height: Math.ceil((sourceY ?? scaleY) + spacing),
    titleY: top,
    subtitleY,
    labelX,
    barX,
    barArea,
    max: scaleMax,
    bars: placed,
    scaleY,
    sourceY,
  }
}

/** Every bar in words, for the chart's description: what a screen reader reads out. */
export function describeBars(bars: readonly Bar[], text: BarChartText): string {
  const values = bars.map(b => `${b.label}: ${valueText(b, text.unit)}${b.note ? ` (${b.note})` : ''}.`)
  return [...values, ...(text.source ? [`Source: ${text.source}.`] : [])].join(' ')
}

/** The bars of a market-share series: each company's share, "about" where the source rounds. */
export function barsFromShareSeries(series: ShareSeries): Bar[] {
  return series.bars.map(bar => ({
    label: bar.label,
    value: bar.percent,
    display: formatShare(bar),
    note: bar.revenue ? `${bar.revenue} revenue` : bar.rank ? `rank ${bar.rank}` : undefined,
  }))
}

/** Everything a BarChart needs to show a market-share series, on a 0–100% scale. */
export function shareChartProps(series: ShareSeries): BarChartText & { bars: Bar[], max: number } {
  return {
    title: series.title,
    subtitle: series.measure.charAt(0).toUpperCase() + series.measure.slice(1),
    unit: '%',
    bars: barsFromShareSeries(series),
    source: `${series.source} (${sourceRefs(series.sources).toLowerCase()})`,
    max: 100,
  }
}
