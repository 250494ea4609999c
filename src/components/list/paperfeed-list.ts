import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { Announcer } from '../../controllers/announcer.js';
import { CardSizes } from '../../controllers/card-sizes.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedEvent } from '../../controllers/feed-state.js';
import { Pager } from '../../controllers/pager.js';
import { RefreshTimer } from '../../controllers/refresh-timer.js';
import { RenderSteps } from '../../controllers/render-steps.js';
import { RetryFocus } from '../../controllers/retry-focus.js';
import { ReservedRoom } from '../../controllers/reserved-room.js';
import { Approach } from '../../controllers/approach.js';
import { ListEnd } from '../../controllers/list-end.js';
import { PaperfeedLoadEvent } from '../../events/paperfeed-load-event.js';
import type { Feed } from '../../data/paper.js';
import { hasEmbeddedFeed } from '../../base/embedded-feed.js';
import { headingLevel } from '../../base/heading.js';
import { plural } from '../../base/plural.js';
import { ListArrangement, toggled } from './arrangement.js';
import { ListHistory } from './list-history.js';
import { countMessage, refreshFailedMessage } from './list.strings.js';
import {
  FILTERING,
  ListProperties,
  NO_CHIPS,
  RESHAPING,
  type ChosenChips,
} from './list-properties.js';
import { listStyles } from './list.styles.js';
import { renderControls } from './parts/controls.js';
import { renderDateNav } from './parts/date-nav.js';
import { renderHeader } from './parts/header.js';
import {
  cardOptionsOf,
  cardSteps,
  formattersFor,
  loadVirtualize,
  renderPaperList,
  virtualizes,
  warmUpList,
  type CardOptions,
  type Virtualize,
} from './parts/papers.js';
import { previewPage } from './parts/preview.js';
import { moreBarPlaceholder, searchBarPlaceholder } from './parts/skeleton.js';
import { renderBeforePapers, renderEmpty, renderKeptNotices } from './parts/status.js';
import type { EmptyCause } from './parts/status.js';

/**
 * A feed of papers that any site can embed with one tag: grouped by day, searchable, sortable
 * and paginated, with loading, empty and error states.
 *
 * Its papers come from `.papers`, `.feed`, a JSON Feed in a `<script type="application/json">`
 * child (what `paperfeed render` embeds beside a prerendered list), or `src`, in that order.
 *
 * It renders a screenful first, in a task of up to ~35 ms with the feed's parse (given its papers
 * before its own first render, in the task after it), then as many cards a task as fit in ~10 ms,
 * their room held, and so another feed's. `updateComplete` waits for every card. A JSON feed still
 * arriving after 50 ms, or of 1 MB or more, shows its first page before the whole is read, still
 * busy, when that page cannot depend on the rest: `sort="feed"`, one source, no chips, search,
 * fixed filters, `date-nav` or `history`, and groups in feed order (a feed newest first). The whole
 * feed then keeps those cards. Papers or an error shorter than the placeholder keep its room, as an
 * inline `min-height`, until letting it go moves nothing the reader sees (`ReservedRoom`).
 *
 * "Show more" and Retry move the focus to the first paper they bring (Retry back to itself when it
 * failed again); papers added as the reader scrolls (`more="scroll"`) leave the focus where it is.
 * When a search or the pressed chips leave no paper, the list says which and offers to clear it.
 * A new search, chip, sort, grouping or filter attribute goes back to the first page.
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
 * @csspart clear-button - The button that clears the search, or releases the chips, when they leave no paper.
 * @csspart skeleton - The placeholder cards shown while loading, or while a lazy list waits to near the viewport.
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
 * @cssprop --paperfeed-card-placeholder-height - The height a card is held at before its paper is laid out, border included: each placeholder card, the room `paperfeed-reserve.css` holds for each, and a card far off screen until measured. Give it your cards' height where they run taller than the default (venues, long titles, tags), so nothing moves when they arrive; by default about `16.2em` (`17.66em` under 30em wide), `3.9em` compact.
 *
 * @fires paperfeed-load - Once the list has loaded its feed: `PaperfeedLoadEvent` with `feed`. Not fired for `.papers` or `.feed` set from JavaScript.
 * @fires paperfeed-error - For each failure to load: `PaperfeedErrorEvent` with the `FeedError`, and `papersKept` true when papers were on screen and stay.
 */
export class PaperfeedList extends ListProperties {
  static override styles = listStyles;

  @state() private chosen: ChosenChips = NO_CHIPS;
  @state() private virtualize?: Virtualize;
  @query('.sentinel') private sentinel?: HTMLElement;
  @query('paperfeed-card') private firstCard?: HTMLElement;

  // Before the feed controller: it reads `ready` in the same update.
  private readonly approach = new Approach(this, () => this.loading === 'lazy');

  private readonly source = new FeedController<Feed>(this, {
    // Papers or a feed set from JavaScript come first: `src` is then not fetched.
    source: () => ({
      src: this.papers || this.feed ? undefined : this.sourceUrl,
      format: this.format,
      mapping: this.mapping,
      ready: this.approach.ready,
      cacheTtl: Math.max(0, Number(this.cacheTtl) || 0),
      previewItems: this.previewItems,
    }),
    select: (feed) => feed,
    loadEvent: (feed) => new PaperfeedLoadEvent(feed),
    onChange: (event) => this.onFeedChange(event),
  });

  private readonly pager = new Pager(
    this,
    () => ({ format: this.format, mapping: this.mapping }),
    () => this.announcer.announceAgain(() => this.text.loadMoreFailed),
  );
  private readonly announcer = new Announcer(this);

  private readonly refreshTimer = new RefreshTimer(this, {
    seconds: () => this.refresh,
    refresh: () => {
      if (!this.sourceUrl || this.source.loading) return false;
      this.source.refresh();
      return true;
    },
    shownIds: () => this.shownFeed?.papers.map((paper) => paper.id) ?? [],
  });

  private readonly viewInUrl = new ListHistory(this, this.pager, {
    get: () => this.chosen,
    set: (chips) => (this.chosen = chips),
  });

  private readonly end = new ListEnd(this, () => this.showMore(false));
  private readonly arrangement = new ListArrangement(this, () => this.chosen);

  private readonly steps = new RenderSteps(
    this,
    cardSteps(() => this.cardVariant, this.source),
  );

  private readonly retryFocus = new RetryFocus(this, {
    loading: () => this.source.loading || this.pager.state.status === 'loading',
    // A next page that came has its own focus: its first paper (`Pager`).
    focusResult: () => this.pager.focusFrom === undefined && this.firstCard?.focus(),
  });

  private readonly room = new ReservedRoom(this);

  private readonly cardSizes = new CardSizes(this, {
    cards: '.items:not(.virtual) > paperfeed-card',
    settled: () => !this.steps.pending,
  });

  /** Fetches `src` again (what Retry does); papers on screen stay until the answer replaces them. */
  reload(): void {
    this.pager.reload();
    this.source.refresh();
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

  private onFeedChange(event: FeedEvent<Feed>): void {
    this.pager.firstPage(event.type);
    if (event.type === 'loaded' || event.type === 'refreshed') {
      const fresh = this.refreshTimer.newPapers(this.shownFeed?.papers.map((p) => p.id) ?? []);
      if (fresh === undefined) this.announceCount();
      else if (fresh > 0)
        this.announcer.announceAgain(() => plural(this.text.newPapers, fresh, this.locale));
    } else if (event.type === 'refreshFailed') {
      this.refreshTimer.newPapers([]);
      const { state } = this.source;
      const at = state.status === 'ready' ? state.loadedAt : undefined;
      this.announcer.announceAgain(() => refreshFailedMessage(this.text, at, this.locale));
    }
  }

  private announceCount(): void {
    const feed = this.shownFeed;
    if (!feed) return;
    const { total } = this.arrangement.arranged(feed.papers);
    const query = this.query.trim();
    this.announcer.announce(() => countMessage(this.text, total, query, this.locale));
  }

  override connectedCallback(): void {
    // A prerendered list renders every card it was given at once, as its markup has them (the
    // cards then hydrate after it, in tasks of their own).
    if (this.shadowRoot && !this.hasUpdated) this.steps.renderAll();
    super.connectedCallback();
    // Its papers are on their way (from `src`, or from the page's script): made ready meanwhile.
    if (this.papers || this.feed || hasEmbeddedFeed(this)) return;
    void warmUpList(this, this.locale, () => !this.shownFeed);
  }

  protected override beforeFirstRender(): Promise<void> | undefined {
    return formattersFor(this, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<PaperfeedList>): void {
    if ((['src', 'format', 'mapping', 'date'] as const).some((key) => changed.has(key))) {
      this.pager.reset();
    }
    if (changed.has('papers') || changed.has('feed')) this.announceCount();
    if (changed.has('refresh')) this.refreshTimer.schedule();
    if (!this.hasUpdated) return;
    if (RESHAPING.some((key) => changed.has(key))) this.pager.rewind();
    if (FILTERING.some((key) => changed.has(key))) this.announceCount();
  }

  protected override updated(changed: PropertyValues<PaperfeedList>): void {
    this.viewInUrl.updated(changed, this.shownFeed !== undefined);
    this.pager.focusFirstNew(this.renderRoot);
    this.end.watch(this.more === 'scroll' ? this.sentinel : undefined, this.pager.count);
    if (!this.virtualize && virtualizes(this.shownFeed?.papers.length ?? 0, this.perPage)) {
      void loadVirtualize().then((virtualize) => (this.virtualize = virtualize));
    }
  }

  /** Resolves once every paper to show is rendered, not only the first screen of them. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.steps.completeAfter(() => super.getUpdateComplete());
  }

  private showMore(moveFocus: boolean): void {
    const feed = this.shownFeed;
    if (!feed) return;
    const { total } = this.arrangement.arranged(feed.papers);
    this.pager.showMore(this.perPage, total, this.nextPageUrl, moveFocus);
  }

  /** Presses or releases chips: back to the first page, and the count they leave is announced. */
  private choose(chips: Partial<ChosenChips>): void {
    this.chosen = { ...this.chosen, ...chips };
    this.pager.rewind();
    this.announceCount();
  }

  private clearFilters(): void {
    this.choose(NO_CHIPS);
    void this.updateComplete.then(() => this.firstCard?.focus());
  }

  private clearSearch(): void {
    this.query = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus(),
    );
  }

  override render() {
    const feed = this.shownFeed;
    const state = this.source.state;
    const waiting = this.source.waiting;
    // While the page's language is on its way: the skeleton, never English.
    if (!this.language.ready) {
      return html`<section part="base" class="list" aria-busy=${waiting ? 'false' : 'true'}>
        ${this.skeleton}
      </section>`;
    }
    const loading = !feed && state.status === 'loading';
    const preview = loading
      ? previewPage(this.source.preview, this.previewItems, this.arrangement)
      : undefined;
    const papers = feed ?? preview;
    return html`<section part="base" class="list" aria-busy=${loading ? 'true' : 'false'}>
      ${renderHeader(papers, this.showHeader, this.heading(0))}
      ${
        feed && (this.searchable || this.filterable)
          ? renderControls({
              text: this.text,
              search: this.searchable
                ? { query: this.query, papers: feed.papers, onInput: (text) => (this.query = text) }
                : undefined,
              ...this.arrangement.chips(feed.papers, this.locale),
              selectedYear: this.chosen.year,
              toggleYear: (year) =>
                this.choose({ year: this.chosen.year === year ? undefined : year }),
              selectedTags: this.chosen.tags,
              toggleTag: (tag) => this.choose({ tags: toggled(this.chosen.tags, tag) }),
            })
          : preview && this.searchable
            ? searchBarPlaceholder
            : nothing
      }
      <div class="visually-hidden" role="status">
        ${loading ? this.text.loading : this.announcer.text}
      </div>
      ${
        papers
          ? nothing
          : renderBeforePapers(
              waiting ? 'waiting' : state.status,
              () => this.skeleton,
              this.text,
              this.retryFocus.retry(() => this.reload()),
            )
      }
      ${
        this.navDay
          ? renderDateNav(this.navDay, this.locale, this.text, (day) => (this.date = day))
          : nothing
      }
      ${papers ? this.renderFeed(papers) : nothing} ${preview ? moreBarPlaceholder : nothing}
    </section>`;
  }

  /** The papers (the first, while the rest arrive), with what went wrong since they were shown. */
  private renderFeed(feed: Feed) {
    const state = this.source.state;
    return html`${
      state.status === 'ready' && !this.papers && !this.feed
        ? renderKeptNotices(state, this.text, this.locale, {
            refresh: this.retryFocus.retry(() => this.source.refresh()),
            reload: this.retryFocus.retry(() => this.reload()),
          })
        : nothing
    }
    ${this.renderPapers(feed)}`;
  }

  private get cardOptions(): CardOptions {
    const offset = (this.showHeader ? 1 : 0) + (this.groupBy === 'none' ? 0 : 1);
    return cardOptionsOf(this, headingLevel(this.headingLevel, 2, offset), this.locale);
  }

  private renderPapers(feed: Feed) {
    const { groups, total } = this.arrangement.arranged(feed.papers);
    const query = this.query.trim();
    if (total === 0) {
      const cause: EmptyCause = query
        ? { kind: 'search', query, clear: () => this.clearSearch() }
        : this.arrangement.chipsHideAll(feed.papers)
          ? { kind: 'chips', clear: () => this.clearFilters() }
          : this.navDay
            ? { kind: 'day', day: this.navDay }
            : { kind: 'feed' };
      return renderEmpty(cause, this.text, this.locale);
    }
    return renderPaperList({
      groups,
      total,
      card: this.cardOptions,
      text: this.text,
      groupBy: this.groupBy,
      headingTag: this.heading(this.showHeader ? 1 : 0),
      perPage: this.perPage,
      pages: this.pager.count,
      virtualize: this.virtualize,
      more: this.more,
      hasNextPage: this.nextPageUrl !== undefined,
      nextPage: this.pager.state,
      showMore: () => this.showMore(true),
      retryNextPage: this.retryFocus.retry(() => this.pager.retry(total)),
      renderNow: (count, ids) => this.steps.take(count, ids),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paperfeed-list': PaperfeedList;
  }
}
