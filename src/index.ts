export type { Author, CodeLink, Feed, Paper, PaperDate, PaperLinks } from './feed/paper.js';
export { FeedError, type FeedErrorKind } from './feed/feed-error.js';
export { parseFeed, type FeedFormat, type ParseFeedOptions } from './feed/parse.js';
export { loadFeed, clearFeedCache, type LoadFeedOptions } from './feed/load.js';
export { formatPaperDate, paperDateToDate } from './internal/dates.js';
