import type { ReactiveControllerHost } from 'lit';
import { asFeedError, type FeedError } from '../data/feed-error.js';
import { loadFeed, type LoadFeedOptions } from '../data/load.js';
import { mergeFeeds } from '../data/merge.js';
import type { Feed } from '../data/paper.js';
import type { FeedEvent } from './feed-state.js';

export type NextPageState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'failed'; url: string; error: FeedError };

/**
 * A list's pages: how many pages of papers are shown, and the pages the server offers through
 * `next_url`, each URL loaded once (a feed whose next page leads back to an earlier one stops).
 */
export class Pager {
  /** Pages of `page-size` papers shown. */
  count = 1;
  /** Server pages loaded after the first. */
  pages: Feed[] = [];
  state: NextPageState = { status: 'idle' };
  /** The first paper of the page just shown, when "Show more" was pressed: focus moves there. */
  focusFrom?: number;
  private loadedUrls: string[] = [];
  private merged?: { first: Feed; pages: Feed[]; feed: Feed };
  /** The first page is asked for again (`reload()`): its later pages stay until it answers. */
  private reloading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: () => Pick<LoadFeedOptions, 'format' | 'mapping'>,
    /** Told when a server page fails (to announce it). */
    private readonly onFailed: () => void,
  ) {}

  /** Forgets the server's pages (a new source). */
  reset(): void {
    this.pages = [];
    this.loadedUrls = [];
    this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  /** The first page is asked for again: the server's later pages stay on screen meanwhile. */
  reload(): void {
    this.reloading = true;
  }

  /** What became of the first page's load: a new first page takes the later pages away. */
  firstPage(event: FeedEvent<Feed>['type']): void {
    if (!this.reloading || event === 'requested' || event === 'refreshRequested') return;
    this.reloading = false;
    if (event === 'loaded' || event === 'refreshed') this.reset();
  }

  /** Back to the first page (a new search, sort or feed). */
  rewind(): void {
    this.count = 1;
    this.focusFrom = undefined;
  }

  /** The first page with the server's later pages merged in. */
  feed(first: Feed): Feed {
    if (this.pages.length === 0) return first;
    if (this.merged?.first !== first || this.merged.pages !== this.pages) {
      this.merged = { first, pages: this.pages, feed: mergeFeeds([first, ...this.pages]) };
    }
    return this.merged.feed;
  }

  /** The server's next page, unless it leads back to a page already loaded (JSON Feed's rule). */
  nextUrl(first: Feed | undefined, sourceUrls: readonly string[]): string | undefined {
    const next = (this.pages.at(-1) ?? first)?.nextUrl;
    if (!next) return undefined;
    const visited = new Set(
      [...sourceUrls, ...this.loadedUrls].map((url) => new URL(url, location.href).href),
    );
    return visited.has(next) ? undefined : next;
  }

  /**
   * One more page: of the papers loaded, or else the server's next. `moveFocus` when the reader
   * pressed "Show more": its first paper then has the focus. A page added as the reader scrolls
   * leaves the focus where it is (moving it would scroll the page, and load the next page too).
   */
  showMore(perPage: number, total: number, nextUrl: string | undefined, moveFocus: boolean): void {
    if (this.count * perPage < total) {
      this.focusFrom = moveFocus ? this.count * perPage : undefined;
      this.count++;
      this.host.requestUpdate();
    } else if (nextUrl) void this.loadNext(nextUrl, total, moveFocus);
  }

  /** The server's next page, after the `shown` papers of those loaded (all of them). */
  private async loadNext(url: string, shown: number, moveFocus: boolean): Promise<void> {
    if (this.state.status === 'loading') return;
    this.state = { status: 'loading', url };
    this.host.requestUpdate();
    try {
      const page = await loadFeed(url, this.request());
      if (this.state.status !== 'loading' || this.state.url !== url) return; // reset meanwhile
      this.loadedUrls = [...this.loadedUrls, url];
      this.pages = [...this.pages, page];
      this.focusFrom = moveFocus ? shown : undefined;
      this.count++;
      this.state = { status: 'idle' };
    } catch (error) {
      if (this.state.status !== 'loading' || this.state.url !== url) return;
      this.state = { status: 'failed', url, error: asFeedError(error, url) };
      this.onFailed();
    }
    this.host.requestUpdate();
  }

  /** After "Show more", the first new paper has the focus, through the card's own `focus()`. */
  focusFirstNew(root: ParentNode): void {
    const index = this.focusFrom;
    if (index === undefined) return;
    const card = root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'paperfeed-card',
    )[index];
    // Not rendered yet (the page before still coming slice by slice): a later update brings it.
    if (!card) return;
    this.focusFrom = undefined;
    void card.updateComplete.then(() => card.focus());
  }

  /**
   * Loads the page that failed again, after the `shown` papers (the reader pressed Retry: focus
   * goes to its papers).
   */
  retry(shown: number): void {
    if (this.state.status === 'failed') void this.loadNext(this.state.url, shown, true);
  }
}
