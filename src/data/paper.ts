import type { TextRun } from '../text/rich-text.js';
import type { FeedFormat } from './parse.js';

export type { TextRun };

/**
 * A date as Paperfeed keeps it, to the precision the source gave: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` (the same in every time zone), or an ISO 8601 instant with the source's own offset
 * (`2024-05-07T10:00:00+01:00`) when it gave a time: the time sorts, the day is shown.
 */
export type PaperDate = string;

export interface Author {
  name: string;
  /** An http(s) page or a mailto: address. */
  url?: string;
}

export interface CodeLink {
  url: string;
  /** Stars of the repository, when the source knows them. */
  stars?: number;
}

/** Every URL here is http(s). */
export interface PaperLinks {
  pdf?: string;
  code?: CodeLink;
  project?: string;
  /** The arXiv abstract page. */
  arxiv?: string;
  /** The DOI resolver link, `https://doi.org/…`. */
  doi?: string;
}

/** One research paper, normalized from any supported feed format. */
export interface Paper {
  /** Unique within its feed; synthesized stably when the source has none. */
  id: string;
  /** Plain text, never HTML: what search, sorting, citations and attributes use. */
  title: string;
  /** The title with its italics, sub- and superscripts (H₂O, *E. coli*), when it has any. */
  titleRuns?: TextRun[];
  /** The paper's page (http(s)). */
  url?: string;
  /**
   * The abstract, as plain text, one paragraph a line. A long plain-text one is read when this is
   * first read: an enumerable getter, which JSON, spreading and `structuredClone` see through.
   */
  summary?: string;
  /** The abstract's paragraphs with their formatting, when it has any. */
  summaryRuns?: TextRun[][];
  authors: Author[];
  /** How many authors the paper has; set from the source's count or from `authors`. */
  authorCount?: number;
  /** The paper's own publication date. */
  published?: PaperDate;
  /** When the feed featured the paper: the Daily Papers day, a reading group's session. */
  featured?: PaperDate;
  upvotes?: number;
  comments?: number;
  /** An http(s) image URL. */
  thumbnail?: string;
  tags: string[];
  venue?: string;
  links: PaperLinks;
  /** A bare arXiv identifier, `2310.13730` or `hep-th/9901001`, without a version suffix. */
  arxivId?: string;
  /** A bare DOI, `10.1145/3368089.3409749`. */
  doi?: string;
  /** A BibTeX entry supplied by the feed. */
  bibtex?: string;
  /** How many works cite it, as the source counts them. */
  citations?: number;
}

export interface Feed {
  /** The format the source was read as (`openalex`, `bibtex`, …); none for merged sources. */
  format?: Exclude<FeedFormat, 'auto'>;
  title?: string;
  description?: string;
  /** The site the feed belongs to (http(s)). */
  homePageUrl?: string;
  /** The next page of a paginated feed (http(s)). */
  nextUrl?: string;
  papers: Paper[];
  /**
   * What normalization left out, one sentence each ("items[3] has no title; skipped"), so a site
   * owner can fix the feed. Empty when the feed was clean.
   */
  warnings: string[];
}
