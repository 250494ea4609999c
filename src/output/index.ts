// `paperfeed/output`: what the `paperfeed` command writes, for scripts of your own: feeds (RSS,
// Atom, JSON Feed, CSL-JSON, BibTeX) and an email digest from any Feed.
export { writeFeed, OUTPUT_FORMATS, type OutputFormat } from './write-feed.js';
export type { FeedInfo } from './feed-info.js';
export { digestHtml, digestText, DIGEST_COLORS, type DigestOptions } from './digest.js';
export { selectPapers, parseSince, type Selection } from './select.js';
