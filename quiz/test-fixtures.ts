import type {
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  ShortQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from './types'

/** Small questions of every kind, for the tests (not part of the shipped bank). */
export const fixtures = {
  single: {
    kind: 'single',
    id: 'fx-single',
    part: 'part-1',
    slide: 'internet-era',
    prompt: 'Who beat Google in China?',
    options: [
      { id: 'baidu', text: 'Baidu', correct: true, feedback: 'Right.' },
      { id: 'yahoo', text: 'Yahoo', correct: false, feedback: 'Yahoo is American.' },
      { id: 'sohu', text: 'Sohu', correct: false },
    ],
    explanation: 'Baidu.',
    points: 1,
  },
  multiple: {
    kind: 'multiple',
    id: 'fx-multiple',
    part: 'part-1',
    slide: 'copy-to-original',
    prompt: 'Which are original products?',
    options: [
      { id: 'wechat', text: 'WeChat', correct: true, feedback: 'Yes, 2011.' },
      { id: 'xiaomi', text: 'Xiaomi', correct: true },
      { id: 'wifi', text: 'WiFi Master Key', correct: true },
      { id: 'taobao', text: 'Taobao', correct: false, feedback: 'A local winner.' },
      { id: 'baidu', text: 'Baidu search', correct: false },
    ],
    explanation: 'WeChat, Xiaomi, WiFi Master Key.',
    points: 3,
  },
  trueFalse: {
    kind: 'true-false',
    id: 'fx-true-false',
    part: 'part-3',
    slide: 'huawei-cisco',
    prompt: 'Cisco led switches in 2017.',
    answer: true,
    feedback: { true: 'Yes.', false: 'No: about 57% vs 7.7%.' },
    explanation: 'IDC.',
    points: 1,
  },
  matching: {
    kind: 'matching',
    id: 'fx-matching',
    part: 'part-1',
    slide: 'internet-era',
    prompt: 'Match.',
    pairs: [
      { id: 'google', left: 'Google', right: 'Baidu' },
      { id: 'ebay', left: 'eBay', right: 'Taobao' },
      { id: 'msn', left: 'MSN', right: 'QQ' },
      { id: 'mcafee', left: 'McAfee', right: 'Qihoo 360' },
    ],
    explanation: 'See the table.',
    points: 2,
  },
  ordering: {
    kind: 'ordering',
    id: 'fx-ordering',
    part: 'part-2',
    slide: 'merger-wave',
    prompt: 'Order by date.',
    items: [
      { id: 'c', text: 'Ctrip – Qunar' },
      { id: 'a', text: 'Youku – Tudou' },
      { id: 'd', text: 'Didi – Uber China' },
      { id: 'b', text: 'Didi – Kuaidi' },
      { id: 'e', text: 'Extra' },
    ],
    answer: ['a', 'b', 'c', 'd', 'e'],
    explanation: 'By date.',
    points: 4,
  },
  short: {
    kind: 'short',
    id: 'fx-short',
    part: 'part-1',
    slide: 'why-upgrade',
    prompt: 'Translate 人口红利.',
    accepted: ['demographic dividend', 'rénkǒu hónglì'],
    feedback: { correct: 'Yes.', incorrect: 'It is the demographic dividend.' },
    explanation: 'Glossary.',
    points: 1,
  },
} as const satisfies {
  single: SingleQuestion
  multiple: MultipleQuestion
  trueFalse: TrueFalseQuestion
  matching: MatchingQuestion
  ordering: OrderingQuestion
  short: ShortQuestion
}
