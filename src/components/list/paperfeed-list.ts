import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { Announcer } from '../../controllers/announcer.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedEvent } from '../../controllers/feed-state.js';
import { Pager } from '../../controllers/pager.js';
import { RefreshTimer } from '../../controllers/refresh-timer.js';
import { ViewHistory } from '../../controllers/view-history.js';
import { PaperfeedLoadEvent } from '../../events/paperfeed-load-event.js';
import type { Feed, Paper } from '../../feed/paper.js';
import type { FeedFormat } from '../../feed/parse.js';
import { headingLevel, headingTag } from '../../internal/heading.js';
import { dateFormat } from '../../internal/intl-cache.js';
import { PaperfeedElement } from '../../internal/paperfeed-element.js';
import { plural } from '../../internal/plural.js';
import {
  formatPaperDate,
  isCalendarDate,
  localToday,
  parsePaperDate,
  shiftDay,
} from '../../text/dates.js';
import { searchTerms } from '../../text/highlight.js';
import { splitAuthors } from '../card/paper-from-html.js';
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
import { listStyles } from './list.styles.js';
import { renderControls } from './parts/controls.js';
import { renderDateNav } from './parts/date-nav.js';
import {
  renderItems,
  renderVirtualized,
  type CardOptions,
  type Virtualize,
} from './parts/papers.js';
import { renderSkeleton } from './parts/skeleton.js';
import { renderEmpty, renderLoadError, renderNotice, renderSourceErrors } from './parts/status.js';

/** Above this many papers on screen at once, the list renders only what is near the viewport. */
export const VIRTUALIZE_ABOVE = 200;
/** How many tag chips `filterable` offers, most used first. */
const MAX_TAG_CHIPS = 24;

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
 * @csspart notice - A quiet notice beside the papers kept after a failed refresh or next page.
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
 * @fires paperfeed-error - For each failure to load: `PaperfeedErrorEvent` with the `FeedError`, and `papersKept` true when papers were on screen and stay.
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

  @state() private selectedTags = new Set<string>();
  @state() private selectedYear?: string;
  @state() private nearViewport = false;
  @state() private virtualize?: Virtualize;
  @query('.sentinel') private sentinel?: HTMLElement;

  /** A page count from the URL, applied once the papers it counts are there. */
  private pendingPages = 1;
  private recordedPages = 1;
  /** The papers shown when a refresh started, to announce the new ones when it ends. */
  private refreshedFrom?: Set<string>;

  private readonly source = new FeedController<Feed>(this, {
    // Papers or a feed set from JavaScript come first: `src` is then not fetched.
    source: () => ({
      src: this.papers || this.feed ? undefined : this.sourceUrl,
      format: this.format,
      mapping: this.mapping,
      ready: this.loading !== 'lazy' || this.nearViewport,
      cacheTtl: Math.max(0, Number(this.cacheTtl) || 0),
    }),
    select: (feed) => feed,
    loadEvent: (feed) => new PaperfeedLoadEvent(feed),
    onChange: (event) => this.onFeedChange(event),
  });

  private readonly pager = new Pager(this, () => ({ format: this.format, mapping: this.mapping }));
  private readonly announcer = new Announcer(this);

  private readonly refreshTimer = new RefreshTimer(this, {
    seconds: () => this.refresh,
    refresh: () => {
      if (!this.sourceUrl || this.source.loading) return;
      this.refreshedFrom = new Set(this.shownFeed?.papers.map((paper) => paper.id));
      this.source.refresh();
    },
  });

  private readonly viewHistory = new ViewHistory(this, {
    namespace: () => (this.history === undefined ? undefined : this.history.trim() || 'papers'),
    read: () => ({
      query: this.query.trim(),
      tags: [...this.selectedTags],
      year: this.selectedYear,
      date: this.src?.includes('{date}') ? this.date : undefined,
      pages: this.pager.count,
    }),
    apply: (view) => {
      this.query = view.query;
      this.selectedTags = new Set(view.tags);
      this.selectedYear = view.year;
      if (view.date) this.date = view.date;
      this.pendingPages = view.pages;
    },
  });

  // `loading="lazy"`: the host is observed until it nears the viewport.
  private readonly viewport = new IntersectionController(this, {
    target: null,
    config: { rootMargin: '400px' },
    callback: (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.nearViewport = true;
      this.viewport.unobserve(this);
    },
  });

  // `more="scroll"`: the sentinel after the last card, observed anew after each page.
  private readonly scrollEnd = new IntersectionController(this, {
    target: null,
    config: { rootMargin: '600px' },
    callback: (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.showMore();
    },
  });
  private observedSentinel?: Element;
  private observedPages = 0;

  /** Fetches `src` again (what Retry does); papers on screen stay until the answer replaces them. */
  reload(): void {
    this.pager.reset();
    this.source.refresh();
  }

  private get text(): ListStrings {
    return { ...defaultListStrings, ...this.strings };
  }

  /** The feed on screen: `.papers`, else `.feed`, else the loaded one with its later pages. */
  private get shownFeed(): Feed | undefined {
    if (this.papers) return { papers: this.papers, warnings: [] };
    if (this.feed) return this.feed;
    const state = this.source.state;
    return state.status === 'ready' ? this.pager.feed(state.value) : undefined;
  }

  private get nextPageUrl(): string | undefined {
    const state = this.source.state;
    if (this.papers || this.feed || !this.sourceUrl || state.status !== 'ready') return undefined;
    return this.pager.nextUrl(state.value, this.sourceUrl.trim().split(/\s+/));
  }

  /** `src` with its `{date}` filled in, before anything parses it as a URL. */
  private get sourceUrl(): string | undefined {
    return this.src?.includes('{date}') ? this.src.replaceAll('{date}', this.day) : this.src;
  }

  /** The day shown: `date` when it is a real day, else the reader's today. */
  private get day(): string {
    const date = parsePaperDate(this.date);
    return date && isCalendarDate(date) && date.length === 10 ? date : localToday();
  }

  private get perPage(): number {
    const size = Number(this.pageSize);
    if (String(this.pageSize) === 'all') return Infinity;
    return Number.isFinite(size) && size > 0 ? size : 20;
  }

  private onFeedChange(event: FeedEvent<Feed>): void {
    if (event.type === 'loaded' || event.type === 'refreshed') {
      if (this.refreshedFrom) this.announceNewPapers(this.refreshedFrom);
      else this.announceCount();
    } else if (event.type === 'refreshFailed') {
      this.refreshedFrom = undefined;
      this.announcer.announce(this.refreshFailedMessage());
    }
  }

  /** "Couldn't refresh. Showing papers from 10:42." */
  private refreshFailedMessage(): string {
    const state = this.source.state;
    if (state.status !== 'ready') return this.text.refreshFailed;
    const at = new Date(state.loadedAt);
    const today = at.toDateString() === new Date().toDateString();
    const time = dateFormat(this.locale, {
      ...(today ? {} : { month: 'short', day: 'numeric' }),
      hour: 'numeric',
      minute: '2-digit',
    }).format(at);
    return this.text.refreshFailed.replaceAll('{time}', time);
  }

  private announceNewPapers(before: Set<string>): void {
    this.refreshedFrom = undefined;
    const fresh = this.shownFeed?.papers.filter((paper) => !before.has(paper.id)).length ?? 0;
    if (fresh > 0) this.announcer.announce(plural(this.text.newPapers, fresh, this.locale));
  }

  private announceCount(): void {
    const feed = this.shownFeed;
    if (!feed) return;
    const count = this.arranged(feed).total;
    const query = this.query.trim();
    this.announcer.announce(
      query
        ? plural(this.text.matchCount, count, this.locale).replaceAll('{query}', query)
        : plural(this.text.paperCount, count, this.locale),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loading === 'lazy' && !this.nearViewport) this.viewport.observe(this);
  }

  protected override willUpdate(changed: PropertyValues<PaperfeedList>): void {
    if ((['src', 'format', 'mapping', 'date'] as const).some((key) => changed.has(key))) {
      this.pager.reset();
    }
    if (
      changed.has('loading') &&
      this.loading === 'lazy' &&
      !this.nearViewport &&
      this.isConnected
    ) {
      this.viewport.observe(this);
    }
    if (changed.has('papers') || changed.has('feed')) this.announceCount();
    if (changed.has('refresh')) this.refreshTimer.schedule();
    if (!this.hasUpdated) return;
    const reshaped = ['papers', 'feed', 'src', 'query', 'sort', 'order'] as const;
    if (reshaped.some((key) => changed.has(key))) this.pager.rewind();
    if (changed.has('query')) this.announceCount();
  }

  protected override updated(changed: PropertyValues<PaperfeedList>): void {
    if (this.pendingPages > 1 && this.shownFeed) {
      this.pager.count = this.pendingPages;
      this.pendingPages = 1;
      this.requestUpdate();
    }
    const viewKeys = ['query', 'selectedTags', 'selectedYear', 'date'];
    const pagesChanged = this.pager.count !== this.recordedPages;
    if (viewKeys.some((key) => changed.has(key as keyof PaperfeedList)) || pagesChanged) {
      this.recordedPages = this.pager.count;
      this.viewHistory.record(changed.has('query') && changed.size <= 2 && !pagesChanged);
    }
    this.focusFirstNew();
    this.watchSentinel();
    void this.loadVirtualizerIfNeeded();
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

  /** After "Show more", the first new paper has the focus, through the card's own `focus()`. */
  private focusFirstNew(): void {
    const index = this.pager.focusFrom;
    if (index === undefined) return;
    this.pager.focusFrom = undefined;
    const card = this.renderRoot.querySelectorAll<PaperfeedCard>('paperfeed-card')[index];
    if (card) void card.updateComplete.then(() => card.focus());
  }

  private watchSentinel(): void {
    const sentinel = this.more === 'scroll' ? this.sentinel : undefined;
    // Observing anew after each page makes the observer report again if the end is still near.
    if (sentinel === this.observedSentinel && this.pager.count === this.observedPages) return;
    if (this.observedSentinel) this.scrollEnd.unobserve(this.observedSentinel);
    this.observedSentinel = sentinel;
    this.observedPages = this.pager.count;
    if (sentinel) this.scrollEnd.observe(sentinel);
  }

  private showMore(): void {
    const feed = this.shownFeed;
    if (!feed) return;
    this.pager.showMore(this.perPage, this.arranged(feed).total, this.nextPageUrl);
  }

  private toggleTag(tag: string): void {
    const tags = new Set(this.selectedTags);
    if (tags.has(tag)) tags.delete(tag);
    else tags.add(tag);
    this.selectedTags = tags;
    this.pager.rewind();
    this.announceCount();
  }

  private toggleYear(year: string): void {
    this.selectedYear = this.selectedYear === year ? undefined : year;
    this.pager.rewind();
    this.announceCount();
  }

  private clearSearch(): void {
    this.query = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus(),
    );
  }

  private heading(offset: number) {
    return headingTag(headingLevel(this.headingLevel, 2, offset));
  }

  override render() {
    const feed = this.shownFeed;
    const state = this.source.state;
    const loading = !feed && state.status === 'loading';
    return html`<section part="base" class="list" aria-busy=${loading ? 'true' : 'false'}>
      ${this.renderHeader(feed)}
      ${feed && (this.searchable || this.filterable) ? this.renderControls(feed) : nothing}
      <div class="visually-hidden" role="status">
        ${loading ? this.text.loading : this.announcer.text}
      </div>
      ${feed ? nothing : this.renderWithoutPapers()}
      ${
        this.dateNav && this.src?.includes('{date}')
          ? renderDateNav(this.day, this.locale, this.text, (offset) => {
              this.date = shiftDay(this.day, offset);
            })
          : nothing
      }
      ${feed ? this.renderFeed(feed) : nothing}
    </section>`;
  }

  /** Before anything is shown: the skeleton, or the error when the first load failed. */
  private renderWithoutPapers() {
    const state = this.source.state;
    switch (state.status) {
      case 'idle':
      case 'ready':
        return nothing;
      case 'loading':
        return renderSkeleton(
          Math.min(this.perPage, this.limit ?? Infinity, 20),
          this.cardVariant === 'compact',
          this.groupBy !== 'none',
        );
      case 'failed':
        return renderLoadError(state.error, this.text, () => this.reload());
    }
  }

  /** The papers, with what went wrong since they were shown. */
  private renderFeed(feed: Feed) {
    const state = this.source.state;
    const ready = state.status === 'ready' && !this.papers && !this.feed ? state : undefined;
    return html`${
      ready?.refreshError
        ? renderNotice(this.refreshFailedMessage(), this.text, () => this.source.refresh())
        : nothing
    }
    ${
      ready && ready.failures.length > 0
        ? renderSourceErrors(ready.failures, this.text, () => this.reload())
        : nothing
    }
    ${this.renderPapers(feed)}`;
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
    const papers = this.fixedPapers(feed);
    const years =
      this.filterable && this.groupBy === 'year'
        ? [...new Set(papers.map((paper) => groupKey(paper, 'year', this.groupDate)))]
            .filter((year) => year !== '')
            .sort()
            .reverse()
        : [];
    return renderControls({
      text: this.text,
      searchable: this.searchable,
      query: this.query,
      onSearch: (query) => (this.query = query),
      years,
      selectedYear: this.selectedYear,
      toggleYear: (year) => this.toggleYear(year),
      tags: this.filterable
        ? tagCounts(papers)
            .slice(0, MAX_TAG_CHIPS)
            .map(([tag]) => tag)
        : [],
      selectedTags: this.selectedTags,
      toggleTag: (tag) => this.toggleTag(tag),
    });
  }

  private get cardOptions(): CardOptions {
    const offset = (this.showHeader ? 1 : 0) + (this.groupBy === 'none' ? 0 : 1);
    return {
      variant: this.cardVariant,
      theme: this.theme,
      headingLevel: headingLevel(this.headingLevel, 2, offset),
      abstractLines: this.abstractLines,
      maxAuthors: this.maxAuthors,
      showThumbnail: this.showThumbnail,
      highlight: this.query,
      highlightAuthors: this.highlightAuthors,
      locale: this.locale,
    };
  }

  private renderPapers(feed: Feed) {
    const { groups, total } = this.arranged(feed);
    const query = this.query.trim();
    if (total === 0) {
      const dated = this.dateNav && this.src?.includes('{date}');
      return renderEmpty({
        text: this.text,
        query,
        dayLabel: dated
          ? formatPaperDate(this.day, this.locale, { month: 'long', day: 'numeric' })
          : undefined,
        clearSearch: () => this.clearSearch(),
      });
    }
    const options = this.cardOptions;
    const withYear = this.yearsDiffer(groups);
    const labelFor = (group: PaperGroup) => this.labelFor(group, withYear);
    if (this.perPage === Infinity && total > VIRTUALIZE_ABOVE && this.virtualize) {
      return renderVirtualized(this.virtualize, groups, total, options, {
        grouped: this.groupBy !== 'none',
        label: this.text.papersLabel,
        headingTag: this.heading(this.showHeader ? 1 : 0),
        labelFor,
      });
    }
    let remaining = Math.min(total, this.pager.count * this.perPage);
    const shown = remaining;
    const visible: PaperGroup[] = [];
    for (const group of groups) {
      if (remaining <= 0) break;
      visible.push({ key: group.key, papers: group.papers.slice(0, remaining) });
      remaining -= group.papers.length;
    }
    // Until the virtualizer arrives, a very long list shows its first screens only.
    const cap = this.perPage === Infinity && total > VIRTUALIZE_ABOVE ? 50 : Infinity;
    const label = this.text.papersLabel;
    const pageState = this.pager.state;
    return html`${
      this.groupBy === 'none'
        ? renderItems(visible[0]?.papers ?? [], options, label, cap)
        : visible.map((group) => this.renderGroup(group, labelFor(group), options))
    }
    ${shown < total || this.nextPageUrl ? this.renderMore(pageState.status === 'loading') : nothing}
    ${
      pageState.status === 'failed'
        ? renderNotice(this.text.loadMoreFailed, this.text, () => this.pager.retry(this.perPage))
        : nothing
    }`;
  }

  private renderMore(busy: boolean) {
    if (this.more === 'scroll' && this.pager.state.status !== 'failed') {
      return html`<div class="sentinel" aria-hidden="true"></div>`;
    }
    return html`<button
      part="more-button"
      class="button more"
      type="button"
      ?disabled=${busy}
      @click=${this.showMore}
    >
      ${busy ? this.text.loading : this.text.showMore}
    </button>`;
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

  private renderGroup(group: PaperGroup, label: string, options: CardOptions) {
    const tag = this.heading(this.showHeader ? 1 : 0);
    return html`<section class="group" aria-label=${label}>
      ${staticHtml`<${tag} part="group-heading" class="group-heading">${label}</${tag}>`}
      ${renderItems(group.papers, options, this.text.papersLabel)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paperfeed-list': PaperfeedList;
  }
}
