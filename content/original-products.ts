import type { CitationId } from './citations'

/** A product the article calls original: something Chinese companies created rather than copied. */
export interface OriginalProduct {
  /** Stable kebab-case id. */
  readonly id: string
  /** The name as the article writes it (proper capitalisation). */
  readonly name: string
  /** The Chinese name, where it helps. */
  readonly chinese?: string
  /** The launch year, where a source gives one. */
  readonly launched?: number
  /** One line for the notes, in the lesson's words. */
  readonly note: string
  /** The sources behind `launched` and `note`; empty when the article is the only source. */
  readonly sources: readonly CitationId[]
}

/** The original products the article lists, in the article's order. */
export const originalProducts = [
  { id: 'wechat', name: 'WeChat', chinese: '微信', launched: 2011, note: 'Tencent\'s messaging app, launched 21 Jan 2011.', sources: ['technode-wechat-2013'] },
  { id: 'xiaomi', name: 'Xiaomi', chinese: '小米', launched: 2010, note: 'The phone maker, founded in Apr 2010.', sources: ['alltechasia-xiaomi-2016'] },
  { id: 'wifi-master-key', name: 'WiFi Master Key', chinese: 'WiFi万能钥匙', note: 'Shares Wi-Fi passwords; claims about 900 million users; CCTV accused such apps of taking passwords (2019). Its launch year is not reliably sourced.', sources: ['scmp-wifi-master-key-2019'] },
  { id: 'o2o', name: 'O2O platforms', chinese: '线上到线下', note: 'Online to offline: order a service online, receive it in the street.', sources: [] },
  { id: 'takeaway', name: 'Takeaway platforms', chinese: '外卖', note: 'Food delivery ordered by app.', sources: [] },
] as const satisfies readonly OriginalProduct[]
