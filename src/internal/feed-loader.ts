import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { PaperfeedErrorEvent } from '../events/paperfeed-error-event.js';
import { PaperfeedLoadEvent } from '../events/paperfeed-load-event.js';
import { asFeedError, type FeedError } from '../feed/feed-error.js';
import { loadFeedJson } from '../feed/load.js';
import { parseFeed } from '../feed/parse.js';
import { dropStoredFeed, readStoredFeed, storeFeed } from './feed-storage.js';
import { prepareEntities } from '../text/entities.js';
import { mergeFeeds } from '../feed/merge.js';
import type { Feed } from '../feed/paper.js';
import type { FeedFormat } from '../feed/parse.js';

export interface FeedLoaderOptions<T> {
  /** What to load, read on every update; nothing is fetched while `src` is empty or `ready` false. */
  args: () => readonly [
    src: string | undefined,
    format: FeedFormat,
    mapping: string | undefined,
    ready: boolean,
    /** Seconds a stored copy is fresh; 0 stores nothing. */
    cacheTtl: number,
  ];
  /** What the element keeps from the feed; throw a FeedError when it is not there. */
  select: (feed: Feed, src: string) => T;
  /** The load event to fire for what was selected. */
  loadEvent: (feed: Feed, value: T) => PaperfeedLoadEvent;
}

/**
 * Loads an element's `src` with `@lit/task` (a newer `src` aborts the older request) and fires
 * `paperfeed-load` / `paperfeed-error` once the outcome is on screen, so a listener finds the DOM
 * it is told about. `reload()` fetches again past the page cache.
 */
export class FeedLoader<T> {
  readonly task: Task<
    readonly [string | undefined, FeedFormat, string | undefined, boolean, number],
    T
  >;
  /** Sources that failed while others loaded: the element shows them beside the papers. */
  failures: FeedError[] = [];
  /** The `src` the task's current value was loaded from. */
  valueSrc?: string;
  /** What storage had for `src`, shown while the network is asked (`cache-ttl`). */
  early?: T;
  private reloadNext = false;
  private pendingEvents: (PaperfeedLoadEvent | PaperfeedErrorEvent)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: FeedLoaderOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: options.args,
      task: async ([src, format, mapping, ready, cacheTtl], { signal }) => {
        if (!src?.trim() || !ready) return initialState;
        this.failures = [];
        const urls = src.trim().split(/\s+/);
        const parse = (json: unknown, url: string) =>
          parseFeed(json, { format, mapping, baseUrl: url });
        try {
          if (cacheTtl > 0 && !this.reloadNext) {
            const stored = await this.fromStorage(urls, parse);
            if (stored) {
              const value = options.select(stored.feed, src);
              this.early = value;
              if (Date.now() - stored.oldest < cacheTtl * 1000) {
                this.pendingEvents = [options.loadEvent(stored.feed, value)];
                this.valueSrc = src;
                return value;
              }
              // Stale: shown at once, and replaced quietly when the network answers.
              this.host.requestUpdate();
            }
          }
          // Several sources, separated by spaces, load side by side; one failing leaves the others.
          const request = { format, mapping, signal, reload: this.reloadNext };
          const outcomes = await Promise.allSettled(
            urls.map(async (url) => {
              const { json, url: from } = await loadFeedJson(url, request);
              const feed = parse(json, from);
              if (cacheTtl > 0) storeFeed(url, json, from);
              return feed;
            }),
          );
          const feeds = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
          const failures = outcomes.flatMap((o, i) =>
            o.status === 'rejected' ? [asFeedError(o.reason, urls[i] ?? src)] : [],
          );
          if (feeds.length === 0) throw failures[0];
          const feed = feeds.length === 1 ? (feeds[0] as Feed) : mergeFeeds(feeds);
          const value = options.select(feed, src);
          this.failures = failures;
          this.valueSrc = src;
          this.pendingEvents = [
            options.loadEvent(feed, value),
            ...failures.map((failure) => new PaperfeedErrorEvent(failure)),
          ];
          return value;
        } catch (error) {
          const feedError = asFeedError(error, src);
          if (feedError.kind !== 'aborted') {
            this.pendingEvents = [new PaperfeedErrorEvent(feedError)];
          }
          throw feedError;
        } finally {
          this.reloadNext = false;
          this.early = undefined;
        }
      },
    });
  }

  /** True while a request is on its way, or is about to start. */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** A load event waiting for its render: the list announces the count in the same update. */
  get loadPending(): boolean {
    return (
      this.pendingEvents[0] instanceof PaperfeedLoadEvent &&
      this.task.status === TaskStatus.COMPLETE
    );
  }

  /** Every source stored and parseable: their feed, and when the oldest was saved. */
  private async fromStorage(
    urls: string[],
    parse: (json: unknown, url: string) => Feed,
  ): Promise<{ feed: Feed; oldest: number } | undefined> {
    const feeds: Feed[] = [];
    let oldest = Infinity;
    for (const url of urls) {
      const stored = readStoredFeed(url);
      if (!stored) return undefined;
      await prepareEntities(stored.text);
      try {
        feeds.push(parse(stored.json, stored.url));
      } catch {
        dropStoredFeed(url); // stored by an older version, or edited: not worth showing
        return undefined;
      }
      oldest = Math.min(oldest, stored.savedAt);
    }
    const feed = feeds.length === 1 ? (feeds[0] as Feed) : mergeFeeds(feeds);
    return { feed, oldest };
  }

  reload(): void {
    this.reloadNext = true;
    void this.task.run();
  }

  hostUpdated(): void {
    if (this.pendingEvents.length === 0 || this.task.status === TaskStatus.PENDING) return;
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.host.dispatchEvent(event);
  }
}
