import { property } from 'lit/decorators.js';
import { commaList, nameList } from '../../base/converters.js';
import { PaperfeedElement } from '../../base/paperfeed-element.js';
import type { Paper } from '../../data/paper.js';
import type { FeedFormat } from '../../data/parse.js';
import type { CardStrings } from './card.strings.js';

/** The attributes and properties of `<paperfeed-card>`, documented on the element. */
export class CardProperties extends PaperfeedElement {
  /** The paper to show, as `parseFeed` gives it (the list sets this). */
  @property({ attribute: false }) paper?: Paper;

  /** A feed or Hugging Face paper URL to fetch the paper from. */
  @property() src?: string;

  /**
   * The format of `src`. `auto` tells them apart by content: `json-feed`, `hugging-face`,
   * `openalex`, `crossref`, `semantic-scholar`, `csl-json` (and Zotero), `bibtex`, `rss`, `atom`,
   * `arxiv`; `mapped` reads any other JSON with `mapping`.
   */
  @property() format: FeedFormat = 'auto';

  /**
   * For `format="mapped"`: where each field is in the JSON, as dotted paths,
   * `"items: data.results; title: name; url: links.0.href; authors: people.*.fullName"`.
   */
  @property() mapping?: string;

  /**
   * `lazy` waits until the card nears the viewport (400 px) before fetching `src`, showing its
   * placeholder meanwhile: for a page of many `src` cards. `eager` (default) fetches at once.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Which paper of the `src` feed to show, by id; the first when unset. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /** Hand-written cards: the title (never `title`, which browsers show as a tooltip). */
  @property({ attribute: 'paper-title' }) paperTitle?: string;

  /** Hand-written cards: the paper's URL. */
  @property() href?: string;

  /** Hand-written cards: author names, separated by commas, or by semicolons when any is present. */
  @property({ converter: nameList }) authors?: string[];

  /** Hand-written cards: how many authors, when not all are named. */
  @property({ attribute: 'author-count', type: Number }) authorCount?: number;

  /** Hand-written cards: the publication date, `YYYY-MM-DD` or RFC 3339. */
  @property() published?: string;

  /** Hand-written cards: the venue badge ("NeurIPS 2024"). */
  @property() venue?: string;

  /** Hand-written cards: tags, separated by commas. */
  @property({ converter: commaList }) tags?: string[];

  /** Hand-written cards: the upvote count. */
  @property({ type: Number }) upvotes?: number;

  /** Hand-written cards: the comment count. */
  @property({ type: Number }) comments?: number;

  /** Hand-written cards: how many works cite the paper. */
  @property({ type: Number }) citations?: number;

  /** Hand-written cards: the PDF's URL. */
  @property() pdf?: string;

  /** Hand-written cards: the code repository's URL. */
  @property() code?: string;

  /** Hand-written cards: the project page's URL. */
  @property() project?: string;

  /** Hand-written cards: the DOI. */
  @property() doi?: string;

  /** Hand-written cards: the arXiv id; links the arXiv page and PDF. */
  @property({ attribute: 'arxiv-id' }) arxivId?: string;

  /** Hand-written cards: the thumbnail's URL (shown with `show-thumbnail`). */
  @property() thumbnail?: string;

  /** `full` (default) or `compact`: title and one line of details, for sidebars. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The title's heading level, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Where links open: `_blank` for a new tab (with `rel="noopener noreferrer"`). */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** How many author names show before "+N more". */
  @property({ attribute: 'max-authors', type: Number }) maxAuthors = 3;

  /** How many lines of the abstract show before "Show more", 1 to 12. */
  @property({ attribute: 'abstract-lines', type: Number, reflect: true }) abstractLines = 3;

  /** `clamp` (default) shows `abstract-lines` lines, `full` all of it, `none` no abstract. */
  @property({ attribute: 'abstract-display' }) abstractDisplay: 'clamp' | 'full' | 'none' = 'clamp';

  /** Show the paper's thumbnail, lazily loaded in a fixed-ratio box. */
  @property({ attribute: 'show-thumbnail', type: Boolean }) showThumbnail = false;

  /**
   * Names to make stand out in the author list, separated by semicolons (or commas):
   * a lab's own members. Matching ignores case and accents.
   */
  @property({ attribute: 'highlight-authors', converter: nameList }) highlightAuthors: string[] =
    [];

  /** Search terms to mark in the title, authors and abstract. */
  @property() highlight?: string;

  /**
   * The card's own words, over the language of the nearest `lang` (twelve are shipped; others
   * through `registerTranslation`).
   */
  @property({ attribute: false }) strings: Partial<CardStrings> = {};
}
