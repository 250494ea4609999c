import { property } from 'lit/decorators.js';
import type { Feed, Paper } from '../../data/paper.js';
import type { FeedFormat } from '../../data/parse.js';
import { commaList, nameList, pageSizeConverter } from '../../base/converters.js';
import { embeddedFeed } from '../../base/embedded-feed.js';
import { PaperfeedElement } from '../../base/paperfeed-element.js';
import { dayOrToday, parsePaperDate } from '../../text/dates.js';
import { searchTerms } from '../../text/highlight.js';
import type {
  ArrangeOptions,
  FixedFilter,
  GroupBy,
  GroupDate,
  SortBy,
  SortOrder,
} from './arrange.js';
import { defaultListStrings, type ListStrings } from './list.strings.js';
import { renderSkeleton } from './parts/skeleton.js';
import { headingLevel, headingTag } from '../../base/heading.js';

/** The attributes and properties of `<paperfeed-list>`, documented on the element. */
export class ListProperties extends PaperfeedElement {
  /**
   * The feed's URL, or several separated by spaces: their papers merge, each paper once (matched
   * by DOI, then arXiv id, then URL), and a failing source is shown beside the others' papers.
   */
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

  /** A whole feed to show, set from JavaScript; takes precedence over `src`. */
  @property({ attribute: false }) feed?: Feed;

  /** Papers to show, set from JavaScript; take precedence over `feed` and `src`. */
  @property({ attribute: false }) papers?: Paper[];

  /** The JSON Feed in its `<script type="application/json">` child is its `feed`, unless set. */
  protected override readOwnMarkup(): void {
    if (!this.papers && !this.feed) this.feed = embeddedFeed(this);
  }

  /**
   * `lazy` waits until the list nears the viewport before fetching `src`, showing the placeholder
   * of its first page meanwhile. On a page of several lists, give it to those below the first
   * screen: their reading and rendering then waits for a reader who scrolls to them.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Group papers under date headings: `none` (default), `day`, `week`, `month` or `year`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'none';

  /** Which date groups a paper: `featured` (the default, when the paper has one) or `published`. */
  @property({ attribute: 'group-date' }) groupDate?: GroupDate;

  /**
   * `feed` (default) keeps the feed's order; `published`, `upvotes` or `citations` sort within
   * each group.
   */
  @property() sort: SortBy = 'feed';

  /** `desc` (default) or `asc`, for the sort and the order of groups. */
  @property() order: SortOrder = 'desc';

  /** Only papers with any of these tags, separated by commas: a filter set once in HTML. */
  @property({ attribute: 'filter-tags', converter: commaList }) filterTags: string[] = [];

  /** Only papers by any of these authors, separated by semicolons (or commas). */
  @property({ attribute: 'filter-author', converter: nameList }) filterAuthor: string[] = [];

  /** Only papers published on or after this day, `YYYY-MM-DD`. */
  @property() since?: string;

  /** Only papers published on or before this day, `YYYY-MM-DD`. */
  @property() until?: string;

  /**
   * Seconds a copy of the feed kept in this browser counts as fresh. A repeat visit shows it at
   * once, and an older copy is shown at once and replaced quietly when the network answers.
   */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl = 0;

  /** Seconds between quiet re-fetches while the page is visible; new papers are announced. */
  @property({ type: Number }) refresh = 0;

  /**
   * With a `{date}` in `src` (`…/daily_papers?date={date}`), previous / next day controls around
   * the current day. "Today" is the reader's local day; there is no next day after it.
   */
  @property({ attribute: 'date-nav', type: Boolean }) dateNav = false;

  /** The day `{date}` in `src` stands for, `YYYY-MM-DD`; today when unset. */
  @property({ reflect: true }) date?: string;

  /**
   * Keep the reader's view (search, chips, day, pages) in the page URL, so it can be shared or
   * bookmarked and Back and Forward restore it. The value names the list's parameters
   * (`history="lab"` gives `?lab.q=…`), so two lists on one page do not collide; empty means
   * `papers`.
   */
  @property() history?: string;

  /** The most papers to show in all. */
  @property({ type: Number }) limit?: number;

  /**
   * Show a search box that filters as one types. From when the reader comes to the box, the list
   * prepares its papers' text for matching while the page is idle.
   */
  @property({ type: Boolean }) searchable = false;

  /** The search query; reflects what the reader typed. */
  @property({ reflect: true }) query = '';

  /** Show tag chips (and year chips when grouped by year) to narrow the list. */
  @property({ type: Boolean }) filterable = false;

  /** Papers per page before "Show more": a number (default 20) or `all`. */
  @property({ attribute: 'page-size', converter: pageSizeConverter }) pageSize: number | 'all' = 20;

  /** `button` (default) shows "Show more"; `scroll` loads more as the reader nears the end. */
  @property() more: 'button' | 'scroll' = 'button';

  /** Show the feed's title and description above the papers. */
  @property({ attribute: 'show-header', type: Boolean }) showHeader = false;

  /** The level of the list's top headings (1 to 6); cards sit one level below group headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Passed to every card: `full` or `compact`. */
  @property({ attribute: 'card-variant', reflect: true }) cardVariant: 'full' | 'compact' = 'full';

  /** Passed to every card. */
  @property({ attribute: 'abstract-lines', type: Number }) abstractLines = 3;

  /** Passed to every card. */
  @property({ attribute: 'max-authors', type: Number }) maxAuthors = 3;

  /** Passed to every card. */
  @property({ attribute: 'show-thumbnail', type: Boolean }) showThumbnail = false;

  /** Passed to every card: authors to make stand out, separated by semicolons. */
  @property({ attribute: 'highlight-authors', converter: nameList }) highlightAuthors: string[] =
    [];

  /** `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * The list's own words, over the language of the nearest `lang` (twelve are shipped; others
   * through `registerTranslation`).
   */
  @property({ attribute: false }) strings: Partial<ListStrings> = {};

  /** The list's words: English, under the page's language, under `strings`. */
  protected get text(): ListStrings {
    return { ...defaultListStrings, ...this.language.words.list, ...this.strings };
  }

  /** The heading tag `offset` levels below the list's top level. */
  protected heading(offset: number) {
    return headingTag(headingLevel(this.headingLevel, 2, offset));
  }

  /** `src` with its `{date}` filled in (`date`, else the reader's today), before it is parsed. */
  protected get sourceUrl(): string | undefined {
    return this.src?.includes('{date}')
      ? this.src.replaceAll('{date}', dayOrToday(this.date))
      : this.src;
  }

  /** The day the `date-nav` controls show, for a `src` with `{date}` in it. */
  protected get navDay(): string | undefined {
    return this.dateNav && this.src?.includes('{date}') ? dayOrToday(this.date) : undefined;
  }

  /**
   * How many papers the list wants from a feed before it is read whole (still arriving, or
   * large), to show them first; undefined when its first page may depend on the rest. That page
   * is the feed's first papers only with the feed's order kept (`sort="feed"`), pages, and
   * nothing that reads every paper first: chips, a search, fixed filters, date navigation, a view
   * kept in the URL. The feed controller asks for them only from a single source.
   */
  protected get previewItems(): number | undefined {
    const { anyTags, anyAuthors, since, until } = fixedFilterOf(this);
    const narrowed = (anyTags?.length ?? 0) + (anyAuthors?.length ?? 0) > 0 || since || until;
    const whole =
      this.sort !== 'feed' ||
      this.filterable ||
      this.dateNav ||
      this.history !== undefined ||
      this.query.trim() !== '' ||
      narrowed ||
      !Number.isFinite(this.perPage);
    return whole ? undefined : Math.min(this.perPage, this.limit || Infinity);
  }

  /** Papers a page: `page-size`, `Infinity` for `all`, 20 for anything else. */
  protected get perPage(): number {
    const size = this.pageSize;
    return size === 'all' ? Infinity : Number.isInteger(size) && size > 0 ? size : 20;
  }

  /** The placeholder these settings shape: a page of cards, with the search box and "Show more". */
  protected get skeleton() {
    const { perPage, limit, cardVariant, groupBy, searchable } = this;
    return renderSkeleton({ perPage, limit, cardVariant, groupBy, searchable });
  }
}

/** The filter chips the reader pressed. */
export interface ChosenChips {
  tags: ReadonlySet<string>;
  year?: string;
}

export const NO_CHIPS: ChosenChips = Object.freeze({ tags: new Set<string>(), year: undefined });

/** The properties that change which papers a list shows: each change counts them again. */
export const FILTERING = [
  'query',
  'filterTags',
  'filterAuthor',
  'since',
  'until',
  'limit',
] as const;

/** The properties that change which papers come first: each change goes back to the first page. */
export const RESHAPING = [
  ...FILTERING,
  ...(['papers', 'feed', 'src', 'sort', 'order', 'groupBy', 'groupDate'] as const),
];

/** The papers a list's attributes keep, whatever the reader does. */
export function fixedFilterOf(list: ListProperties): FixedFilter {
  return {
    anyTags: list.filterTags,
    anyAuthors: list.filterAuthor,
    since: parsePaperDate(list.since),
    until: parsePaperDate(list.until),
  };
}

/** How a list arranges its papers: its attributes, and the chips the reader pressed. */
export function arrangementOf(list: ListProperties, chips: ChosenChips): ArrangeOptions {
  return {
    fixed: fixedFilterOf(list),
    terms: searchTerms(list.query),
    tags: chips.tags,
    // A year chip is offered only under year groups: pressed before another grouping, it lapses.
    year: list.groupBy === 'year' ? chips.year : undefined,
    groupDate: list.groupDate,
    groupBy: list.groupBy,
    sort: list.sort,
    order: list.order,
    limit: list.limit,
  };
}
