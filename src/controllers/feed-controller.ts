import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PaperfeedErrorEvent } from '../events/paperfeed-error-event.js';
import type { PaperfeedLoadEvent } from '../events/paperfeed-load-event.js';
import { asFeedError, FeedError } from '../data/feed-error.js';
import type { FeedBody } from '../data/body.js';
import { loadFeedBody, type PreviewRequest } from '../data/load.js';
import { mergeFeeds } from '../data/merge.js';
import type { Feed } from '../data/paper.js';
import { parseFeedBody, type FeedFormat } from '../data/parse.js';
import { dropStoredFeed, readStoredFeed, storeFeed } from '../data/storage.js';
import { afterPaint, nextTask } from '../base/next-task.js';
import { prepareEntities } from '../text/entities.js';
import { IDLE, reduceFeedState, type FeedEvent, type FeedState } from './feed-state.js';
import { TASK_BUDGET_MS } from './render-steps.js';

/** What to load; nothing is fetched while `src` is empty or `ready` is false (lazy loading). */
export interface FeedSource {
  src: string | undefined;
  format: FeedFormat;
  mapping: string | undefined;
  ready: boolean;
  /** Seconds a stored copy is fresh; 0 stores nothing. */
  cacheTtl: number;
  /** Milliseconds before a request gives up (`loadFeed`'s 15 s when unset). */
  timeout?: number;
  /** What `select` keeps of the feed (a card's `paper-id`): a change loads again, as `src` does. */
  selection?: string;
  /**
   * Papers wanted from a single feed before it is read whole (`loadFeed`'s `preview`), to show
   * first; none when unset.
   */
  previewItems?: number;
}

export interface FeedControllerOptions<T> {
  /** Read before every update: a change of it starts a new load. */
  source: () => FeedSource;
  /** What the element keeps from the feed; throw a FeedError when it is not there. */
  select: (feed: Feed, src: string) => T;
  /** The load event to fire for what was selected. */
  loadEvent: (feed: Feed, value: T) => PaperfeedLoadEvent;
  /** Told of every change, after the state took it (to announce it). */
  onChange?: (event: FeedEvent<T>) => void;
}

type Outcome<T> = {
  feed: Feed;
  value: T;
  failures: FeedError[];
  /** When the current task began reading and parsing it (`performance.now()`). */
  workBegan: number;
};

// What a site owner should fix, told once per source and page in the console; readers see plain
// words on screen.
const told = new Set<string>();
function tellSiteOwner(src: string, message: string): void {
  if (told.has(`${src}\n${message}`)) return;
  told.add(`${src}\n${message}`);
  console.warn(`Paperfeed: ${src}: ${message}`);
}

/**
 * The feeds loaded from an element's sources as one. Of several sources, each warning starts with
 * the source it is about.
 */
function feedOf(loaded: ReadonlyArray<readonly [url: string, feed: Feed]>, several: boolean): Feed {
  const feeds = loaded.map(([url, feed]) =>
    several && feed.warnings.length > 0
      ? { ...feed, warnings: feed.warnings.map((warning) => `${url}: ${warning}`) }
      : feed,
  );
  return feeds.length === 1 ? (feeds[0] as Feed) : mergeFeeds(feeds);
}

const keyOf = ({ src, format, mapping, ready, cacheTtl, selection }: FeedSource) =>
  JSON.stringify([src?.trim() ?? '', format, mapping ?? '', ready, cacheTtl, selection ?? '']);

/**
 * Loads an element's `src` into one `FeedState`: a new source aborts the request before it and
 * ignores its late answer; a quiet `refresh()` keeps what is shown whatever happens. Events fire
 * once their outcome is on screen, so a listener finds the DOM it is told about.
 */
export class FeedController<T> implements ReactiveController {
  state: FeedState<T> = IDLE;
  /** While a first load is on its way: what its first papers give (`previewItems`), if shown. */
  preview?: T;
  /** A source is set but not ready to load yet (`loading="lazy"`, away from the viewport). */
  waiting = false;
  private key?: string;
  private run = 0;
  private abort?: AbortController;
  /**
   * When the task of this update began reading and parsing its feed: a render sliced to a task
   * budget counts that work in it.
   */
  workBegan?: number;
  private pendingEvents: Event[] = [];
  /** The load on its way, if any; one cut short by leaving the page runs again on return. */
  private inFlight?: 'first' | 'refresh';
  private interrupted?: 'first' | 'refresh';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /** True from the update that starts a load until its outcome. */
  get loading(): boolean {
    return (
      this.state.status === 'loading' || (this.state.status === 'ready' && this.state.refreshing)
    );
  }

  hostUpdate(): void {
    const source = this.options.source();
    const key = keyOf(source);
    if (key === this.key) return;
    this.key = key;
    void this.load(source, 'first');
  }

  hostUpdated(): void {
    this.workBegan = undefined;
    if (this.pendingEvents.length === 0) return;
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  hostConnected(): void {
    const kind = this.interrupted;
    this.interrupted = undefined;
    if (kind) void this.load(this.options.source(), kind);
  }

  // What is shown stays: an element moved in the page neither loads again nor loses its papers.
  hostDisconnected(): void {
    if (!this.inFlight) return;
    this.interrupted = this.inFlight;
    this.abort?.abort();
  }

  /** Fetches again past every cache, keeping what is shown (a refresh, or Retry). */
  refresh(): void {
    void this.load(this.options.source(), 'refresh');
  }

  private dispatch(event: FeedEvent<T>): void {
    this.preview = undefined;
    this.state = reduceFeedState(this.state, event);
    this.options.onChange?.(event);
    this.host.requestUpdate();
  }

  /**
   * The answer is in: what is left (showing it, its events) is this page's own work, which an
   * element moved meanwhile (by a `paperfeed-load` listener, say) keeps rather than loads again.
   */
  private settled(): void {
    this.inFlight = undefined;
  }

  private load(source: FeedSource, kind: 'first' | 'refresh'): Promise<void> {
    const run = this.run + 1;
    this.inFlight = kind;
    return this.loadNow(source, kind).finally(() => {
      if (run === this.run) this.inFlight = undefined;
    });
  }

  private async loadNow(source: FeedSource, kind: 'first' | 'refresh'): Promise<void> {
    this.abort?.abort();
    const run = ++this.run;
    const src = source.src?.trim();
    this.waiting = src !== undefined && src !== '' && !source.ready;
    if (!src || !source.ready) {
      if (kind === 'first') this.dispatch({ type: 'reset' });
      return;
    }
    const abort = (this.abort = new AbortController());
    const current = () => run === this.run;
    const urls = src.split(/\s+/);
    const parse = (body: FeedBody, url: string) =>
      parseFeedBody(body, { format: source.format, mapping: source.mapping, baseUrl: url });

    let shownFromStorage = false;
    if (kind === 'first' && source.cacheTtl > 0) {
      const stored = await this.fromStorage(urls, parse);
      if (!current()) return;
      if (stored) {
        const value = this.selected(stored.feed, src);
        if (value !== undefined) {
          const stale = Date.now() - stored.oldest >= source.cacheTtl * 1000;
          if (!stale) this.settled();
          this.dispatch({ type: 'loaded', value, at: stored.oldest, stale });
          this.pendingEvents = [this.options.loadEvent(stored.feed, value)];
          if (!stale) return;
          shownFromStorage = true;
        }
      }
    }
    const quiet = kind === 'refresh' || shownFromStorage;
    if (kind === 'first' && !shownFromStorage) this.dispatch({ type: 'requested' });
    if (kind === 'refresh') this.dispatch({ type: 'refreshRequested' });

    const preview =
      source.previewItems && urls.length === 1 && !quiet
        ? {
            items: source.previewItems,
            show: (body: FeedBody, url: string) => this.showPreview(body, url, parse, current),
          }
        : undefined;
    try {
      const outcome = await this.fetchAll(urls, src, source, parse, abort.signal, quiet, preview);
      if (!current()) return;
      this.settled();
      // A feed long to read and parse has spent its task: the papers render in the next one.
      let workBegan: number | undefined = outcome.workBegan;
      if (performance.now() - workBegan > TASK_BUDGET_MS / 2) {
        await nextTask();
        if (!current()) return;
        workBegan = undefined;
      }
      this.workBegan = workBegan;
      if (outcome.feed.warnings.length > 0) {
        tellSiteOwner(
          src,
          `some entries were left out or changed:\n- ${outcome.feed.warnings.join('\n- ')}`,
        );
      }
      for (const failure of outcome.failures) tellSiteOwner(failure.url ?? src, failure.message);
      const at = Date.now();
      this.dispatch(
        quiet
          ? { type: 'refreshed', value: outcome.value, at, failures: outcome.failures }
          : { type: 'loaded', value: outcome.value, at, failures: outcome.failures },
      );
      this.pendingEvents = [
        this.options.loadEvent(outcome.feed, outcome.value),
        ...outcome.failures.map((failure) => new PaperfeedErrorEvent(failure, true)),
      ];
    } catch (error) {
      if (!current()) return;
      const feedError = asFeedError(error, src);
      if (feedError.kind === 'aborted') return;
      this.settled();
      tellSiteOwner(feedError.url ?? src, feedError.message);
      const papersKept = this.state.status === 'ready';
      this.dispatch({ type: quiet ? 'refreshFailed' : 'failed', error: feedError });
      this.pendingEvents = [new PaperfeedErrorEvent(feedError, papersKept)];
    }
  }

  private async showPreview(
    body: FeedBody,
    url: string,
    parse: (body: FeedBody, url: string) => Promise<Feed>,
    current: () => boolean,
  ): Promise<void> {
    const feed = await parse(body, url).catch(() => undefined);
    if (!feed || !current() || this.state.status !== 'loading') return;
    this.preview = this.selected(feed, url);
    this.host.requestUpdate();
    // What comes next (reading a large feed whole) waits for these papers to be on screen.
    await afterPaint();
  }

  private selected(feed: Feed, src: string): T | undefined {
    try {
      return this.options.select(feed, src);
    } catch {
      return undefined;
    }
  }

  /** Several sources, separated by spaces, load side by side; one failing leaves the others. */
  private async fetchAll(
    urls: string[],
    src: string,
    source: FeedSource,
    parse: (body: FeedBody, url: string) => Promise<Feed>,
    signal: AbortSignal,
    reload: boolean,
    preview?: PreviewRequest,
  ): Promise<Outcome<T>> {
    const { format, mapping, timeout } = source;
    const request = { format, mapping, signal, reload, timeout, preview };
    let workBegan = -Infinity;
    const outcomes = await Promise.allSettled(
      urls.map(async (url) => {
        const requested = performance.now();
        const { body, url: from, arrivedAt } = await loadFeedBody(url, request);
        // Its parse begins in the task its last bytes arrived in, or now if they were here before.
        workBegan = Math.max(workBegan, arrivedAt >= requested ? arrivedAt : performance.now());
        const feed = await parse(body, from);
        if (source.cacheTtl > 0) storeFeed(url, body, from);
        return feed;
      }),
    );
    const loaded = outcomes.flatMap((o, i) =>
      o.status === 'fulfilled' ? [[urls[i] ?? src, o.value] as const] : [],
    );
    const failures = outcomes.flatMap((o, i) =>
      o.status === 'rejected' ? [asFeedError(o.reason, urls[i] ?? src)] : [],
    );
    if (loaded.length === 0)
      throw failures[0] ?? new FeedError('network', `Nothing loaded from ${src}`);
    const feed = feedOf(loaded, urls.length > 1);
    return { feed, value: this.options.select(feed, src), failures, workBegan };
  }

  /** Every source stored and parseable: their feed, and when the oldest was saved. */
  private async fromStorage(
    urls: string[],
    parse: (body: FeedBody, url: string) => Promise<Feed>,
  ): Promise<{ feed: Feed; oldest: number } | undefined> {
    const loaded: Array<[string, Feed]> = [];
    let oldest = Infinity;
    for (const url of urls) {
      const stored = readStoredFeed(url);
      if (!stored) return undefined;
      await prepareEntities(stored.text);
      try {
        loaded.push([url, await parse(stored.body, stored.url)]);
      } catch {
        dropStoredFeed(url); // stored by an older version, or edited: not worth showing
        return undefined;
      }
      oldest = Math.min(oldest, stored.savedAt);
    }
    return { feed: feedOf(loaded, urls.length > 1), oldest };
  }
}
