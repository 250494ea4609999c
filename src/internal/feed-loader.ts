import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { PaperfeedErrorEvent } from '../events/paperfeed-error-event.js';
import { PaperfeedLoadEvent } from '../events/paperfeed-load-event.js';
import { FeedError } from '../feed/feed-error.js';
import { loadFeed } from '../feed/load.js';
import type { Feed } from '../feed/paper.js';
import type { FeedFormat } from '../feed/parse.js';

export interface FeedLoaderOptions<T> {
  /** What to load, read on every update; nothing is fetched while `src` is empty or `ready` false. */
  args: () => readonly [
    src: string | undefined,
    format: FeedFormat,
    mapping: string | undefined,
    ready: boolean,
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
  readonly task: Task<readonly [string | undefined, FeedFormat, string | undefined, boolean], T>;
  private reloadNext = false;
  private pendingEvent?: PaperfeedLoadEvent | PaperfeedErrorEvent;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: FeedLoaderOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: options.args,
      task: async ([src, format, mapping, ready], { signal }) => {
        if (!src || !ready) return initialState;
        try {
          const feed = await loadFeed(src, { format, mapping, signal, reload: this.reloadNext });
          const value = options.select(feed, src);
          this.pendingEvent = options.loadEvent(feed, value);
          return value;
        } catch (error) {
          const feedError =
            error instanceof FeedError
              ? error
              : new FeedError('network', String(error), { url: src, cause: error });
          if (feedError.kind !== 'aborted') this.pendingEvent = new PaperfeedErrorEvent(feedError);
          throw feedError;
        } finally {
          this.reloadNext = false;
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
      this.pendingEvent instanceof PaperfeedLoadEvent && this.task.status === TaskStatus.COMPLETE
    );
  }

  reload(): void {
    this.reloadNext = true;
    void this.task.run();
  }

  hostUpdated(): void {
    if (!this.pendingEvent || this.task.status === TaskStatus.PENDING) return;
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    this.host.dispatchEvent(event);
  }
}
