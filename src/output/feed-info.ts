import type { Paper } from '../data/paper.js';

/** What a written feed says about itself. */
export interface FeedInfo {
  title: string;
  /** The site the feed belongs to (RSS requires one). */
  link: string;
  description: string;
  /** Where the feed itself will be served, when known. */
  selfUrl?: string;
  /** "Now", for `lastBuildDate` and `updated`: fixed for reproducible output. */
  now: Date;
}

/** Where a written paper links: its page, else its DOI, else its arXiv page. */
export const paperLink = (paper: Paper) => paper.url ?? paper.links.doi ?? paper.links.arxiv;
