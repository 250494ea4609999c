import type { ReactiveControllerHost } from 'lit';
import type { Pager } from '../../controllers/pager.js';
import { ViewHistory, type ViewHistoryOptions } from '../../controllers/view-history.js';
import type { ListView } from '../../controllers/view-url.js';

/** The list's state that makes up its view, by the names its updates report them under. */
const VIEW_KEYS = ['query', 'chosen', 'date'];

/**
 * A list's view in the page URL (`ViewHistory`) with its pages: a page count from the URL waits
 * for the papers it counts, and showing another page is a change of view like a search.
 */
export class ListHistory {
  private readonly history: ViewHistory;
  /** A page count from the URL, applied once the papers it counts are there. */
  private pendingPages?: number;
  private recordedPages = 1;
  /** The day the page set, before a view from the URL changed it. */
  private pageDate?: { date?: string };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pager: Pager,
    options: Omit<ViewHistoryOptions, 'read'> & {
      read: () => Omit<ListView, 'pages'>;
      /** The list's `date` as it is, whatever its source. */
      date: () => string | undefined;
    },
  ) {
    this.history = new ViewHistory(host, {
      namespace: options.namespace,
      read: () => ({ ...options.read(), pages: pager.count }),
      apply: (view) => {
        // A view with no day is the page's own: the day it set, or today.
        this.pageDate ??= { date: options.date() };
        options.apply({ ...view, date: view.date ?? this.pageDate.date });
        this.pendingPages = view.pages;
      },
    });
  }

  /** After each update of the list, with what changed and whether it shows papers. */
  updated(changed: ReadonlyMap<PropertyKey, unknown>, showsPapers: boolean): void {
    // Back to one page as well as on to more: the view restored is the view that was.
    if (this.pendingPages !== undefined && showsPapers) {
      if (this.pager.count !== this.pendingPages) {
        this.pager.count = this.pendingPages;
        this.host.requestUpdate();
      }
      this.pendingPages = undefined;
    }
    const pagesChanged = this.pager.count !== this.recordedPages;
    if (VIEW_KEYS.some((key) => changed.has(key)) || pagesChanged) {
      this.recordedPages = this.pager.count;
      this.history.record(changed.has('query') && changed.size <= 2 && !pagesChanged);
    }
  }
}
