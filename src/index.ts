export type {
  Author,
  CodeLink,
  Feed,
  Paper,
  PaperDate,
  PaperLinks,
  TextRun,
} from './data/paper.js';
export { FeedError, type FeedErrorKind } from './data/feed-error.js';
export {
  parseFeed,
  parseFeedText,
  FEED_FORMATS,
  type FeedFormat,
  type ParseFeedOptions,
} from './data/parse.js';
export { parseMapping, type FeedMapping } from './data/formats/mapped.js';
export { loadFeed, clearFeedCache, type LoadFeedOptions } from './data/load.js';
export { mergeFeeds } from './data/merge.js';
export { bibtexFor } from './data/citation/bibtex.js';
export { formatPaperDate, paperDateToDate } from './text/dates.js';
export { loadFullEntityTable } from './text/entities.js';
export { registerTranslation } from './i18n/registry.js';
export { SHIPPED_LANGUAGES } from './i18n/shipped.js';
export { PaperfeedLoadEvent } from './events/paperfeed-load-event.js';
export { PaperfeedErrorEvent } from './events/paperfeed-error-event.js';
export { PaperfeedCard } from './components/card/paperfeed-card.js';
export type { CardStrings } from './components/card/card.strings.js';
export { PaperfeedList } from './components/list/paperfeed-list.js';
export type { ListStrings } from './components/list/list.strings.js';
export type { GroupBy, GroupDate, SortBy, SortOrder } from './components/list/arrange.js';
export type { PluralMessage } from './base/plural.js';
export type { Translation } from './i18n/translation.js';
export { PaperfeedSubscribe } from './components/subscribe/paperfeed-subscribe.js';
export type { SubscribeStrings } from './components/subscribe/subscribe.strings.js';
export type { SubscribeFields, SubscribeProvider } from './components/subscribe/providers.js';
export {
  PaperfeedSubscribeSubmitEvent,
  PaperfeedSubscribedEvent,
  PaperfeedSubscribeErrorEvent,
} from './events/subscribe-events.js';
