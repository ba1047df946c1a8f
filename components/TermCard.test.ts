// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { termById, terms } from '../content/terms'
import TermCard from './TermCard.vue'

describe('termCard', () => {
  it.each(terms.map(term => [term.id, term] as const))('shows %s in Chinese, pinyin and English, with where it belongs', (_, term) => {
    const wrapper = mount(TermCard, { props: { term } })
    const chinese = wrapper.get('[lang="zh-Hans"]')
    expect(chinese.text()).toBe(term.chinese)
    expect(wrapper.get('[lang="zh-Latn-pinyin"]').text()).toBe(term.pinyin)
    expect(wrapper.get('.meaning').text()).toBe(term.meaning)
    expect(wrapper.get('.where').text().toLowerCase()).toBe(`where it belongs: ${term.where.toLowerCase()}`)
  })

  it('keeps a Latin abbreviation outside the Chinese span', () => {
    const wrapper = mount(TermCard, { props: { term: termById('o2o') } })
    expect(wrapper.get('[lang="zh-Hans"]').text()).toBe('线上到线下')
    expect(wrapper.get('.abbreviation').text()).toBe('O2O')
    expect(mount(TermCard, { props: { term: termById('takeaway') } }).find('.abbreviation').exists()).toBe(false)
  })

  it('writes "after the article" as a card label', () => {
    const wrapper = mount(TermCard, { props: { term: termById('choose-one-of-two') } })
    expect(wrapper.get('.where').text()).toBe('Where it belongs: After the article')
  })
})
