// The CDN bundle's entry: the data API, plus every element registered as soon as it appears in
// the page (its code is a chunk loaded then). `loadElement()` loads them all up front.
import { autoload } from './autoload.js';

export { FeedError, type FeedErrorKind } from './data/feed-error.js';
export { parseFeed, parseFeedText, type FeedFormat, type ParseFeedOptions } from './data/parse.js';
export { parseMapping } from './data/formats/mapped.js';
export { loadFeed, clearFeedCache, type LoadFeedOptions } from './data/load.js';
export { bibtexFor } from './data/citation/bibtex.js';
export { formatPaperDate, paperDateToDate } from './text/dates.js';
export { loadFullEntityTable } from './text/entities.js';
export { registerTranslation } from './i18n/registry.js';
export { SHIPPED_LANGUAGES } from './i18n/shipped.js';
export { PaperfeedLoadEvent } from './events/paperfeed-load-event.js';
export { PaperfeedErrorEvent } from './events/paperfeed-error-event.js';
export {
  PaperfeedSubscribeSubmitEvent,
  PaperfeedSubscribedEvent,
  PaperfeedSubscribeErrorEvent,
} from './events/subscribe-events.js';
export { loadElement } from './autoload.js';
export type * from './index.js';

autoload();
