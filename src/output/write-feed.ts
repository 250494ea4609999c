import { bibtexFor } from '../data/citation/bibtex.js';
import type { Feed } from '../data/paper.js';
import { toAtom } from './atom.js';
import { toCslJson } from './csl-json.js';
import type { FeedInfo } from './feed-info.js';
import { toJsonFeed } from './json-feed.js';
import { toRss } from './rss.js';

export type OutputFormat = 'json-feed' | 'rss' | 'atom' | 'csl-json' | 'bibtex';

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  'json-feed',
  'rss',
  'atom',
  'csl-json',
  'bibtex',
];

/** A feed written in `format`; papers BibTeX cannot cite (no year) are left out of BibTeX. */
export function writeFeed(feed: Feed, format: OutputFormat, info: FeedInfo): string {
  switch (format) {
    case 'rss':
      return toRss(feed, info);
    case 'atom':
      return toAtom(feed, info);
    case 'json-feed':
      return toJsonFeed(feed, info);
    case 'csl-json':
      return toCslJson(feed);
    case 'bibtex':
      return `${feed.papers.flatMap((paper) => bibtexFor(paper) ?? []).join('\n\n')}\n`;
  }
}
