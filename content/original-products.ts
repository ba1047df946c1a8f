/** A product the article calls original: something Chinese companies created rather than copied. */
export interface OriginalProduct {
  /** Stable kebab-case id. */
  readonly id: string
  /** The name as the lesson writes it. */
  readonly name: string
  /** The Chinese name, where it helps. */
  readonly chinese?: string
  /** The company behind it, where there is one. */
  readonly company?: string
  /** The launch year, where the fact sheet gives one. */
  readonly launched?: number
  /** One line for the slide. */
  readonly note: string
}

/** The original products the article lists, in the article's order. */
export const originalProducts = [
  { id: 'wechat', name: 'WeChat', chinese: '微信', company: 'Tencent', launched: 2011, note: 'Messaging that grew into payments and services.' },
  { id: 'xiaomi', name: 'Xiaomi', chinese: '小米', launched: 2010, note: 'Phones sold online, built around fans and software.' },
  { id: 'wifi-master-key', name: 'WiFi Master Key', chinese: 'WiFi万能钥匙', company: 'LinkSure', launched: 2012, note: 'Shares Wi-Fi passwords; about 900M users claimed; criticised over privacy in 2018–19.' },
  { id: 'o2o', name: 'O2O platforms', chinese: '线上到线下', note: 'Online to offline: order a service online, receive it in the street.' },
  { id: 'takeaway', name: 'Takeaway platforms', chinese: '外卖', note: 'Food delivery ordered by app.' },
] as const satisfies readonly OriginalProduct[]
