// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { factCheckById, factChecks, verdictLabels } from '../content/fact-checks'
import FactCheck from './FactCheck.vue'

describe('factCheck', () => {
  it.each(factChecks.map(check => [check.id, check] as const))('shows the %s check: topic, claim, finding, verdict and sources', (_, check) => {
    const wrapper = mount(FactCheck, { props: { check } })
    expect(wrapper.get('h2').text()).toBe(check.topic)
    const rows = wrapper.findAll('dl .row').map(row => [row.get('dt').text(), row.get('dd').text()])
    expect(rows).toEqual([
      ['The article says', check.claim],
      ['The sources say', check.finding],
      [check.sources.length === 1 ? 'Source' : 'Sources', check.sources.join('; ')],
    ])
    expect(wrapper.get('.verdict').text()).toBe(`Verdict: ${verdictLabels[check.verdict]}`)
  })

  it('gives the verdict a shape as well as a word, and hides the shape from screen readers', () => {
    const shapes = new Set(factChecks.map((check) => {
      const icon = mount(FactCheck, { props: { check } }).get('.verdict svg')
      expect(icon.attributes('aria-hidden')).toBe('true')
      expect(icon.findAll('path, circle').length).toBeGreaterThan(0)
      return icon.attributes('data-icon')
    }))
    expect(shapes.size).toBe(new Set(factChecks.map(c => c.verdict)).size)
  })

  it('says "False" for the Huawei–Cisco claim', () => {
    const wrapper = mount(FactCheck, { props: { check: factCheckById('huawei-cisco') } })
    expect(wrapper.get('.verdict-word').text()).toBe('False')
    expect(wrapper.text()).toContain('IDC, Q3 2017')
  })

  it('switches to the compact look only when asked', () => {
    const check = factCheckById('mcafee')
    expect(mount(FactCheck, { props: { check } }).classes()).not.toContain('compact')
    expect(mount(FactCheck, { props: { check, compact: true } }).classes()).toContain('compact')
  })
})
