/**
 * The lesson's facts, one place per fact. The deck, the comparison tables and the quiz
 * all read them from here.
 */
export * from './after-2016'
export * from './argument'
export * from './article'
export * from './citations'
export * from './companies'
export * from './fact-checks'
export * from './live-streaming'
export * from './market-share'
export * from './mergers'
export * from './objectives'
export * from './original-products'
export * from './parts'
export * from './reading'
export * from './slides'
export * from './sources'
export * from './tech-cases'
export * from './terms'
export * from './twitter'
export * from './types'
