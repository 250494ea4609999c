import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { PaperfeedLoadEvent } from '../../events/paperfeed-load-event.js';
import { asFeedError, FeedError } from '../../feed/feed-error.js';
import type { Feed, Paper } from '../../feed/paper.js';
import type { FeedFormat } from '../../feed/parse.js';
import { FeedLoader } from '../../internal/feed-loader.js';
import { headingLevel, headingTag } from '../../internal/heading.js';
import { loadFeed } from '../../feed/load.js';
import { mergeFeeds } from '../../feed/merge.js';
import {
  formatPaperDate,
  isCalendarDate,
  localToday,
  parsePaperDate,
  shiftDay,
} from '../../text/dates.js';
import { splitAuthors } from '../card/paper-from-html.js';
import { skeletonRows } from '../../internal/skeleton.styles.js';
import { searchTerms } from '../../text/highlight.js';
import { PaperfeedElement } from '../../internal/paperfeed-element.js';
import { plural } from '../../internal/plural.js';
import type { PaperfeedCard } from '../card/paperfeed-card.js';
import {
  applyFixedFilter,
  filterPapers,
  groupKey,
  groupLabel,
  groupPapers,
  sortPapers,
  tagCounts,
  type GroupBy,
  type GroupDate,
  type PaperGroup,
  type SortBy,
  type SortOrder,
} from './arrange.js';
import { defaultListStrings, type ListStrings } from './list.strings.js';
import { readView, writeView } from './view-url.js';
import { listStyles } from './list.styles.js';

/** The card parts a page can style inside the list, as `card-<part>`. */
const CARD_PARTS = [
  'base',
  'thumbnail',
  'venue',
  'title',
  'title-link',
  'authors',
  'authors-toggle',
  'member',
  'meta',
  'date',
  'stats',
  'abstract',
  'abstract-toggle',
  'tags',
  'tag',
  'links',
  'link',
  'copy-button',
];
const EXPORT_PARTS = CARD_PARTS.map((part) => `${part}:card-${part}`).join(', ');

/** Above this many papers on screen at once, the list renders only what is near the viewport. */
export const VIRTUALIZE_ABOVE = 200;
/** How many tag chips `filterable` offers, most used first. */
const MAX_TAG_CHIPS = 24;

type Row =
  | { kind: 'heading'; group: PaperGroup; label: string }
  | { kind: 'paper'; paper: Paper; position: number; setSize: number };

/**
 * A feed of papers that any site can embed with one tag: grouped by day, searchable, sortable
 * and paginated, with loading, empty and error states.
 *
 * @summary A list of research papers from a feed.
 * @tag paperfeed-list
 *
 * @slot header - Replaces the built-in header (the feed's title and description).
 *
 * @csspart base - The list's box.
 * @csspart header - The header with the feed's title and description (`show-header`).
 * @csspart controls - The search box and filter chips.
 * @csspart search - The search input.
 * @csspart chips - The row of filter chips (`filterable`).
 * @csspart chip - One filter chip.
 * @csspart group-heading - A date heading ("Oct 29").
 * @csspart items - The list holding the cards of one group.
 * @csspart item - One card.
 * @csspart more-button - The "Show more" button.
 * @csspart status - The loading, empty and error messages.
 * @csspart retry-button - The Retry button.
 * @csspart date-nav - The previous / next day controls (`date-nav`).
 * @csspart date-button - The previous and next day buttons.
 * @csspart date - The day shown between them.
 * @csspart source-errors - The sources that failed while others loaded (`src` with several URLs).
 * @csspart clear-button - The button that clears the search.
 * @csspart skeleton - The placeholder cards shown while loading.
 * @csspart card-base - The card's parts, forwarded as `card-<part>` (`card-title`, `card-abstract`, …).
 *
 * @cssprop --paperfeed-list-accent - Buttons, chips and focus rings. Falls back to `--paperfeed-accent`.
 * @cssprop --paperfeed-list-text - Text color. Falls back to `--paperfeed-text`.
 * @cssprop --paperfeed-list-muted-text - Counts and secondary text. Falls back to `--paperfeed-muted-text`.
 * @cssprop --paperfeed-list-surface - The search box and skeleton background. Falls back to `--paperfeed-surface`.
 * @cssprop --paperfeed-list-border - Borders. Falls back to `--paperfeed-border`.
 * @cssprop --paperfeed-list-danger - Error text. Falls back to `--paperfeed-danger`.
 * @cssprop --paperfeed-list-radius - Corner radius. Falls back to `--paperfeed-radius`.
 * @cssprop --paperfeed-list-space - Spacing. Falls back to `--paperfeed-space`.
 * @cssprop --paperfeed-list-gap - Space between cards, `0.75em` by default.
 *
 * @fires paperfeed-load - Once the list has loaded its feed: `PaperfeedLoadEvent` with `feed`. Not fired for `.papers` or `.feed` set from JavaScript.
 * @fires paperfeed-error - When the feed could not be loaded: `PaperfeedErrorEvent` with the `FeedError`.
 */
export class PaperfeedList extends PaperfeedElement {
  static override styles = listStyles;

  /**
   * The feed's URL, or several separated by spaces: their papers merge, each paper once (matched
   * by DOI, then arXiv id, then URL), and a failing source is shown beside the others' papers.
   */
  @property() src?: string;

  /** The format of `src`: `auto`, `json-feed`, `hugging-face` or `mapped` (with `mapping`). */
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

  /** `lazy` waits until the list nears the viewport before fetching `src`. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Group papers under date headings: `none` (default), `day`, `week`, `month` or `year`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'none';

  /** Which date groups a paper: `featured` (the default, when the paper has one) or `published`. */
  @property({ attribute: 'group-date' }) groupDate?: GroupDate;

  /** `feed` (default) keeps the feed's order; `published` or `upvotes` sort within each group. */
  @property() sort: SortBy = 'feed';

  /** `desc` (default) or `asc`, for the sort and the order of groups. */
  @property() order: SortOrder = 'desc';

  /** Only papers with any of these tags, separated by commas: a filter set once in HTML. */
  @property({ attribute: 'filter-tags' }) filterTags?: string;

  /** Only papers by any of these authors, separated by semicolons (or commas). */
  @property({ attribute: 'filter-author' }) filterAuthor?: string;

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

  /** Show a search box that filters as one types. */
  @property({ type: Boolean }) searchable = false;

  /** The search query; reflects what the reader typed. */
  @property({ reflect: true }) query = '';

  /** Show tag chips (and year chips when grouped by year) to narrow the list. */
  @property({ type: Boolean }) filterable = false;

  /** Papers per page before "Show more": a number (default 20) or `all`. */
  @property({ attribute: 'page-size' }) pageSize: number | 'all' = 20;

  /** `button` (default) shows "Show more"; `scroll` loads more as the reader nears the end. */
  @property() more: 'button' | 'scroll' = 'button';

  /** Show the feed's title and description above the papers. */
  @property({ attribute: 'show-header', type: Boolean }) showHeader = false;

  /** The level of the list's top headings (1 to 6); cards sit one level below group headings. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Passed to every card: `full` or `compact`. */
  @property({ attribute: 'card-variant' }) cardVariant: 'full' | 'compact' = 'full';

  /** Passed to every card. */
  @property({ attribute: 'abstract-lines', type: Number }) abstractLines = 3;

  /** Passed to every card. */
  @property({ attribute: 'max-authors', type: Number }) maxAuthors = 3;

  /** Passed to every card. */
  @property({ attribute: 'show-thumbnail', type: Boolean }) showThumbnail = false;

  /** Passed to every card: authors to make stand out, separated by semicolons. */
  @property({ attribute: 'highlight-authors' }) highlightAuthors?: string;

  /** `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The list's words, to translate any of them. */
  @property({ attribute: false }) strings: Partial<ListStrings> = {};

  @state() private pages = 1;
  /** Pages loaded from the server's `next_url`, after the first. */
  @state() private nextPages: Feed[] = [];
  @state() private loadingMore = false;
  @state() private moreError?: FeedError;
  private loadedPageUrls: string[] = [];
  private refreshTimer?: ReturnType<typeof setInterval>;
  /** Set while the view is being taken from the URL, so it is not written straight back. */
  private restoring = false;
  private pendingPages = 1;
  /** The papers shown when a refresh started, to announce the new ones when it ends. */
  private refreshedFrom?: Set<string>;
  private pagedFeed?: { first: Feed; pages: Feed[]; feed: Feed };
  @state() private selectedTags = new Set<string>();
  @state() private selectedYear?: string;
  @state() private announcement = '';
  @state() private nearViewport = false;
  @state() private virtualize?: typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

  @query('.sentinel') private sentinel?: HTMLElement;

  private focusFrom?: number;
  private viewportObserver?: IntersectionObserver;
  private scrollObserver?: IntersectionObserver;
  private observedSentinel?: Element;
  private observedPages = 0;

  private readonly loader = new FeedLoader(this, {
    args: () =>
      [
        this.sourceUrl,
        this.format,
        this.mapping,
        this.loading !== 'lazy' || this.nearViewport,
        Math.max(0, Number(this.cacheTtl) || 0),
      ] as const,
    select: (feed) => feed,
    loadEvent: (feed) => new PaperfeedLoadEvent(feed),
  });

  /** Fetches `src` again (what the Retry button does). */
  reload(): void {
    this.resetPages();
    this.loader.reload();
  }

  private resetPages(): void {
    this.nextPages = [];
    this.loadedPageUrls = [];
    this.moreError = undefined;
  }

  private get text(): ListStrings {
    return { ...defaultListStrings, ...this.strings };
  }

  /** The feed on screen: `.papers`, else `.feed`, else the fetched one. */
  private get shownFeed(): Feed | undefined {
    if (this.papers) return { papers: this.papers, warnings: [] };
    if (this.feed) return this.feed;
    // While a refresh or a stale cache is being revalidated, the papers already shown stay;
    // another day's papers do not.
    const first =
      this.loader.task.status === TaskStatus.ERROR
        ? undefined
        : ((this.loader.valueSrc === this.sourceUrl ? this.loader.task.value : undefined) ??
          this.loader.early);
    if (!first || this.nextPages.length === 0) return first;
    if (this.pagedFeed?.first !== first || this.pagedFeed.pages !== this.nextPages) {
      this.pagedFeed = {
        first,
        pages: this.nextPages,
        feed: mergeFeeds([first, ...this.nextPages]),
      };
    }
    return this.pagedFeed.feed;
  }

  /** The server's next page, unless it leads back to a page already loaded (JSON Feed's loop rule). */
  private get nextPageUrl(): string | undefined {
    if (this.papers || this.feed || !this.sourceUrl) return undefined;
    const last = this.nextPages.at(-1) ?? this.loader.task.value;
    const next = last?.nextUrl;
    if (!next) return undefined;
    const visited = new Set(
      [...this.sourceUrl.trim().split(/\s+/), ...this.loadedPageUrls].map(
        (url) => new URL(url, location.href).href,
      ),
    );
    return visited.has(next) ? undefined : next;
  }

  private async loadNextPage(): Promise<void> {
    const url = this.nextPageUrl;
    if (!url || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await loadFeed(url, { format: this.format, mapping: this.mapping });
      this.loadedPageUrls = [...this.loadedPageUrls, url];
      this.nextPages = [...this.nextPages, page];
      this.focusFrom = this.pages * this.perPage;
      this.pages++;
    } catch (error) {
      this.moreError = asFeedError(error, url);
    } finally {
      this.loadingMore = false;
    }
  }

  /** `src` with its `{date}` filled in, before anything parses it as a URL. */
  private get sourceUrl(): string | undefined {
    return this.src?.includes('{date}') ? this.src.replaceAll('{date}', this.day) : this.src;
  }

  /** The day shown: `date` when it is a real day, else the reader's today. */
  private get day(): string {
    const date = parsePaperDate(this.date);
    return date && isCalendarDate(date) ? date : localToday();
  }

  private goToDay(offset: number): void {
    this.date = shiftDay(this.day, offset);
  }

  private get perPage(): number {
    const size = Number(this.pageSize);
    return String(this.pageSize) === 'all'
      ? Infinity
      : Number.isFinite(size) && size > 0
        ? size
        : 20;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.history !== undefined) {
      this.restoreView();
      window.addEventListener('popstate', this.onPopState);
    }
    if (this.hasUpdated) this.scheduleRefresh();
    if (this.loading === 'lazy' && !this.nearViewport) this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    this.viewportObserver?.disconnect();
    this.scrollObserver?.disconnect();
    this.observedSentinel = undefined;
  }

  private watchViewport(): void {
    this.viewportObserver?.disconnect();
    this.viewportObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.nearViewport = true;
        this.viewportObserver?.disconnect();
      },
      { rootMargin: '400px' },
    );
    this.viewportObserver.observe(this);
  }

  protected override willUpdate(changed: PropertyValues<PaperfeedList>): void {
    const source = ['src', 'format', 'mapping', 'date'] as const;
    if (source.some((key) => changed.has(key))) this.resetPages();
    if (
      changed.has('loading') &&
      this.loading === 'lazy' &&
      !this.nearViewport &&
      this.isConnected
    ) {
      this.watchViewport();
    }
    if (this.loader.loadPending && this.refreshedFrom) this.announceNewPapers(this.refreshedFrom);
    else if (this.loader.loadPending || changed.has('papers') || changed.has('feed')) {
      this.announceCount();
    }
    if (changed.has('refresh')) this.scheduleRefresh();
    if (!this.hasUpdated) return;
    const reshaped: (keyof PaperfeedList)[] = ['papers', 'feed', 'src', 'query', 'sort', 'order'];
    if (reshaped.some((key) => changed.has(key))) this.pages = 1;
    if (changed.has('query')) this.announceCount();
  }

  protected override updated(changed: PropertyValues<PaperfeedList>): void {
    if (this.pendingPages > 1 && this.shownFeed) {
      // Pages from the URL apply once the papers they count are there.
      this.pages = this.pendingPages;
      this.pendingPages = 1;
    }
    const viewKeys = ['query', 'selectedTags', 'selectedYear', 'date', 'pages'];
    if (this.hasUpdated && viewKeys.some((key) => changed.has(key as keyof PaperfeedList))) {
      this.recordView(changed);
    }
    this.focusFirstNew();
    this.watchSentinel();
    void this.loadVirtualizerIfNeeded();
  }

  private get historyNamespace(): string {
    return this.history?.trim() || 'papers';
  }

  private readonly onPopState = () => this.restoreView();

  /** Takes the view from the page URL (on load, and on Back / Forward). */
  private restoreView(): void {
    const view = readView(location.search, this.historyNamespace);
    this.restoring = true;
    this.query = view.query;
    this.selectedTags = new Set(view.tags);
    this.selectedYear = view.year;
    if (view.date) this.date = view.date;
    this.pendingPages = view.pages;
  }

  /** Writes the view into the page URL: typing replaces the entry, anything else adds one. */
  private recordView(changed: PropertyValues<PaperfeedList>): void {
    if (this.history === undefined) return;
    if (this.restoring) {
      this.restoring = false;
      return;
    }
    const view = {
      query: this.query.trim(),
      tags: [...this.selectedTags],
      year: this.selectedYear,
      date: this.src?.includes('{date}') ? this.date : undefined,
      pages: this.pages,
    };
    const search = writeView(location.search, this.historyNamespace, view);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const typing = changed.has('query') && changed.size <= 2;
    if (typing) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const seconds = Number(this.refresh);
    if (!(seconds > 0) || !this.isConnected) return;
    this.refreshTimer = setInterval(() => {
      // A background tab is not polled: nobody is reading it.
      if (document.visibilityState !== 'visible' || !this.sourceUrl || this.loader.loading) {
        return;
      }
      const feed = this.shownFeed;
      this.refreshedFrom = new Set(feed?.papers.map((paper) => paper.id));
      this.loader.reload();
    }, seconds * 1000);
  }

  /** After a quiet refresh, says how many papers are new, and nothing if none are. */
  private announceNewPapers(before: Set<string>): void {
    this.refreshedFrom = undefined;
    const fresh = this.shownFeed?.papers.filter((paper) => !before.has(paper.id)).length ?? 0;
    if (fresh > 0) this.announcement = plural(this.text.newPapers, fresh, this.locale);
  }

  private announceCount(): void {
    const feed = this.shownFeed;
    if (!feed) return;
    const count = this.arranged(feed).total;
    const locale = this.locale;
    this.announcement = this.query.trim()
      ? plural(this.text.matchCount, count, locale).replaceAll('{query}', this.query.trim())
      : plural(this.text.paperCount, count, locale);
  }

  /** The feed's papers within the filters set once in HTML. */
  private fixedPapers(feed: Feed): Paper[] {
    return applyFixedFilter(feed.papers, {
      anyTags: (this.filterTags ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      anyAuthors: splitAuthors(this.filterAuthor),
      since: parsePaperDate(this.since),
      until: parsePaperDate(this.until),
    });
  }

  /** What survives search, filters, sort and limit, grouped. */
  private arranged(feed: Feed): { groups: PaperGroup[]; total: number } {
    const filtered = filterPapers(this.fixedPapers(feed), {
      terms: searchTerms(this.query),
      tags: this.selectedTags,
      year: this.selectedYear,
      groupDate: this.groupDate,
    });
    const sorted = sortPapers(filtered, this.sort, this.order);
    const limited = this.limit && this.limit > 0 ? sorted.slice(0, this.limit) : sorted;
    const groups = groupPapers(limited, this.groupBy, this.order, this.groupDate);
    return { groups, total: limited.length };
  }

  private async loadVirtualizerIfNeeded(): Promise<void> {
    if (this.virtualize || this.perPage !== Infinity) return;
    const feed = this.shownFeed;
    if (!feed || feed.papers.length <= VIRTUALIZE_ABOVE) return;
    // A chunk of its own: lists that never show hundreds of papers at once never load it.
    const { virtualize } = await import('@lit-labs/virtualizer/virtualize.js');
    this.virtualize = virtualize;
  }

  private focusFirstNew(): void {
    if (this.focusFrom === undefined) return;
    const card = this.renderRoot.querySelectorAll<PaperfeedCard>('paperfeed-card')[this.focusFrom];
    this.focusFrom = undefined;
    if (!card) return;
    void card.updateComplete.then(() => {
      const target = card.shadowRoot?.querySelector<HTMLElement>('a, button');
      if (target) target.focus();
      else {
        card.tabIndex = -1;
        card.focus();
      }
    });
  }

  private watchSentinel(): void {
    const sentinel = this.more === 'scroll' ? this.sentinel : undefined;
    // Observing anew after each page makes the observer report again if the end is still near.
    if (sentinel === this.observedSentinel && this.pages === this.observedPages) return;
    this.scrollObserver?.disconnect();
    this.observedSentinel = sentinel;
    this.observedPages = this.pages;
    if (!sentinel) return;
    this.scrollObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.showMore();
      },
      { rootMargin: '600px' },
    );
    this.scrollObserver.observe(sentinel);
  }

  private showMore(): void {
    const feed = this.shownFeed;
    if (feed && this.pages * this.perPage >= this.arranged(feed).total) {
      void this.loadNextPage();
      return;
    }
    this.focusFrom = this.pages * this.perPage;
    this.pages++;
  }

  private onSearch(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private clearSearch(): void {
    this.query = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus(),
    );
  }

  private toggleTag(tag: string): void {
    const tags = new Set(this.selectedTags);
    if (tags.has(tag)) tags.delete(tag);
    else tags.add(tag);
    this.selectedTags = tags;
    this.pages = 1;
    this.announceCount();
  }

  private toggleYear(year: string): void {
    this.selectedYear = this.selectedYear === year ? undefined : year;
    this.pages = 1;
    this.announceCount();
  }

  private heading(offset: number) {
    return headingTag(headingLevel(this.headingLevel, 2, offset));
  }

  override render() {
    const feed = this.shownFeed;
    const loading = !feed && !!this.sourceUrl && this.loader.loading;
    const failed = !feed && this.loader.task.status === TaskStatus.ERROR;
    return html`<section part="base" class="list" aria-busy=${loading ? 'true' : 'false'}>
      ${this.renderHeader(feed)}
      ${feed && (this.searchable || this.filterable) ? this.renderControls(feed) : nothing}
      <div class="visually-hidden" role="status">
        ${loading ? this.text.loading : this.announcement}
      </div>
      ${loading ? this.renderSkeleton() : nothing}
      ${failed ? this.renderError(this.loader.task.error as FeedError) : nothing}
      ${this.dateNav && this.src?.includes('{date}') ? this.renderDateNav() : nothing}
      ${feed && this.sourceUrl && this.loader.failures.length > 0 ? this.renderSourceErrors() : nothing}
      ${feed ? this.renderPapers(feed) : nothing}
    </section>`;
  }

  private renderHeader(feed: Feed | undefined) {
    const builtIn =
      this.showHeader && feed && (feed.title || feed.description)
        ? html`${
            feed.title
              ? staticHtml`<${this.heading(0)} class="feed-title">${feed.title}</${this.heading(0)}>`
              : nothing
          }
          ${feed.description ? html`<p class="feed-description">${feed.description}</p>` : nothing}`
        : nothing;
    return html`<header part="header" class="header">
      <slot name="header">${builtIn}</slot>
    </header>`;
  }

  private renderControls(feed: Feed) {
    const text = this.text;
    const papers = this.fixedPapers(feed);
    const tags = this.filterable ? tagCounts(papers).slice(0, MAX_TAG_CHIPS) : [];
    const years =
      this.filterable && this.groupBy === 'year'
        ? [...new Set(papers.map((paper) => groupKey(paper, 'year', this.groupDate)))]
            .filter((year) => year !== '')
            .sort()
            .reverse()
        : [];
    return html`<div part="controls" class="controls">
      ${
        this.searchable
          ? html`<label class="search">
              <span class="visually-hidden">${text.search}</span>
              <input
                part="search"
                type="search"
                .value=${this.query}
                placeholder=${text.searchPlaceholder}
                autocomplete="off"
                @input=${this.onSearch}
              />
            </label>`
          : nothing
      }
      ${
        tags.length > 0 || years.length > 0
          ? html`<div part="chips" class="chips" role="group" aria-label=${text.filters}>
              ${years.map((year) => this.renderChip(year, this.selectedYear === year, () => this.toggleYear(year)))}
              ${tags.map(([tag]) =>
                this.renderChip(tag, this.selectedTags.has(tag), () => this.toggleTag(tag)),
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderChip(label: string, pressed: boolean, toggle: () => void) {
    return html`<button
      part="chip"
      class="chip"
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${toggle}
    >
      ${label}
    </button>`;
  }

  private renderSkeleton() {
    const count = Math.min(this.perPage, this.limit ?? Infinity, 20);
    const compact = this.cardVariant === 'compact';
    // Laid out like the cards that replace it (rows of the same line heights), so the page
    // barely moves when they arrive.
    const cards = html`<div class="items">
      ${Array.from(
        { length: count },
        () =>
          html`<div class="skeleton-card ${compact ? 'compact' : ''}">
            ${skeletonRows(compact)}
          </div>`,
      )}
    </div>`;
    return html`<div part="skeleton" class="skeleton" aria-hidden="true">
      ${
        this.groupBy === 'none'
          ? cards
          : html`<div class="group">
              <div class="bar heading-bar"></div>
              ${cards}
            </div>`
      }
    </div>`;
  }

  private renderError(error: FeedError) {
    return html`<div part="status" class="status error" role="alert">
      <strong>${this.text.loadFailed}</strong>
      <p>${error.message}</p>
      <button part="retry-button" class="button" type="button" @click=${() => this.reload()}>
        ${this.text.retry}
      </button>
    </div>`;
  }

  private renderDateNav() {
    const text = this.text;
    const day = this.day;
    const label = formatPaperDate(day, this.locale, {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    return html`<nav part="date-nav" class="date-nav" aria-label=${text.days}>
      <button part="date-button" class="button" type="button" @click=${() => this.goToDay(-1)}>
        ${text.previousDay}
      </button>
      <time part="date" datetime=${day}>${label}</time>
      <button
        part="date-button"
        class="button"
        type="button"
        ?disabled=${day >= localToday()}
        @click=${() => this.goToDay(1)}
      >
        ${text.nextDay}
      </button>
    </nav>`;
  }

  /** Sources that failed while others loaded: said above the papers they could not add. */
  private renderSourceErrors() {
    return html`<div part="status source-errors" class="status error" role="alert">
      <strong>${this.text.someSourcesFailed}</strong>
      <ul>
        ${this.loader.failures.map((failure) => html`<li>${failure.message}</li>`)}
      </ul>
      <button part="retry-button" class="button" type="button" @click=${() => this.reload()}>
        ${this.text.retry}
      </button>
    </div>`;
  }

  private renderPapers(feed: Feed) {
    const { groups, total } = this.arranged(feed);
    if (total === 0) return this.renderEmpty();
    const shown = Math.min(total, this.pages * this.perPage);
    if (this.perPage === Infinity && total > VIRTUALIZE_ABOVE && this.virtualize) {
      return this.renderVirtualized(this.virtualize, groups, total);
    }
    let remaining = shown;
    const visible: PaperGroup[] = [];
    for (const group of groups) {
      if (remaining <= 0) break;
      visible.push({ key: group.key, papers: group.papers.slice(0, remaining) });
      remaining -= group.papers.length;
    }
    // Until the virtualizer arrives, a very long list shows its first screens only.
    const capped = this.perPage === Infinity && total > VIRTUALIZE_ABOVE;
    return html`${
      this.groupBy === 'none'
        ? this.renderItems(visible[0]?.papers ?? [], capped ? 50 : Infinity)
        : visible.map((group) => this.renderGroup(group, this.yearsDiffer(groups)))
    }
    ${
      shown < total || this.nextPageUrl
        ? this.more === 'scroll' && !this.moreError
          ? html`<div class="sentinel" aria-hidden="true"></div>`
          : html`<button
              part="more-button"
              class="button more"
              type="button"
              ?disabled=${this.loadingMore}
              @click=${this.showMore}
            >
              ${this.loadingMore ? this.text.loading : this.text.showMore}
            </button>`
        : nothing
    }
    ${
      this.moreError
        ? html`<p part="status" class="status error" role="alert">${this.moreError.message}</p>`
        : nothing
    }`;
  }

  private yearsDiffer(groups: PaperGroup[]): boolean {
    const years = new Set(groups.filter((g) => g.key).map((g) => g.key.slice(0, 4)));
    return years.size > 1;
  }

  private labelFor(group: PaperGroup, withYear: boolean): string {
    if (!group.key) return this.groupBy === 'year' ? this.text.undated : this.text.noExactDate;
    const label = groupLabel(group.key, this.groupBy, this.locale, withYear);
    return this.groupBy === 'week' ? this.text.weekOf.replaceAll('{date}', label) : label;
  }

  private renderGroup(group: PaperGroup, withYear: boolean) {
    const tag = this.heading(this.showHeader ? 1 : 0);
    return html`<section class="group" aria-label=${this.labelFor(group, withYear)}>
      ${staticHtml`<${tag} part="group-heading" class="group-heading">${this.labelFor(group, withYear)}</${tag}>`}
      ${this.renderItems(group.papers)}
    </section>`;
  }

  private cardHeadingLevel(): number {
    const offset = (this.showHeader ? 1 : 0) + (this.groupBy === 'none' ? 0 : 1);
    return headingLevel(this.headingLevel, 2, offset);
  }

  private renderCard(paper: Paper, position?: number, setSize?: number): TemplateResult {
    return html`<paperfeed-card
      part="item"
      role="listitem"
      exportparts=${EXPORT_PARTS}
      aria-posinset=${position ?? nothing}
      aria-setsize=${setSize ?? nothing}
      .paper=${paper}
      variant=${this.cardVariant}
      theme=${this.theme}
      heading-level=${this.cardHeadingLevel()}
      abstract-lines=${this.abstractLines}
      max-authors=${this.maxAuthors}
      ?show-thumbnail=${this.showThumbnail}
      highlight=${this.query}
      highlight-authors=${this.highlightAuthors ?? nothing}
      lang=${this.locale}
    ></paperfeed-card>`;
  }

  private renderItems(papers: Paper[], cap = Infinity) {
    const shown = cap < papers.length ? papers.slice(0, cap) : papers;
    return html`<div part="items" class="items" role="list" aria-label=${this.text.papersLabel}>
      ${repeat(
        shown,
        (paper) => paper.id,
        (paper) => this.renderCard(paper),
      )}
    </div>`;
  }

  private renderVirtualized(
    virtualize: NonNullable<PaperfeedList['virtualize']>,
    groups: PaperGroup[],
    total: number,
  ) {
    const withYear = this.yearsDiffer(groups);
    const rows: Row[] = [];
    let position = 0;
    for (const group of groups) {
      if (this.groupBy !== 'none') {
        rows.push({ kind: 'heading', group, label: this.labelFor(group, withYear) });
      }
      for (const paper of group.papers) {
        rows.push({ kind: 'paper', paper, position: ++position, setSize: total });
      }
    }
    const headingTag = this.heading(this.showHeader ? 1 : 0);
    return html`<div
      part="items"
      class="items virtual"
      role="list"
      aria-label=${this.text.papersLabel}
    >
      ${virtualize({
        items: rows,
        keyFunction: (row: Row) => (row.kind === 'paper' ? row.paper.id : `group:${row.group.key}`),
        renderItem: (row: Row) =>
          row.kind === 'paper'
            ? this.renderCard(row.paper, row.position, row.setSize)
            : staticHtml`<div role="listitem" class="heading-row"><${headingTag} part="group-heading" class="group-heading">${row.label}</${headingTag}></div>`,
      })}
    </div>`;
  }

  private renderEmpty() {
    const query = this.query.trim();
    return html`<div part="status" class="status empty">
      <p>
        ${
          query
            ? this.text.noMatches.replaceAll('{query}', query)
            : this.dateNav && this.src?.includes('{date}')
              ? this.text.emptyDay.replaceAll(
                  '{date}',
                  formatPaperDate(this.day, this.locale, { month: 'long', day: 'numeric' }),
                )
              : this.text.empty
        }
      </p>
      ${
        query
          ? html`<button
              part="clear-button"
              class="button"
              type="button"
              @click=${this.clearSearch}
            >
              ${this.text.clearSearch}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paperfeed-list': PaperfeedList;
  }
}
