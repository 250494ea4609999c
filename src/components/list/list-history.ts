import type { Pager } from '../../controllers/pager.js';
import { ViewHistory } from '../../controllers/view-history.js';
import type { ChosenChips, ListProperties } from './list-properties.js';

/** The list's state that makes up its view, by the names its updates report them under. */
const VIEW_KEYS = ['query', 'chosen', 'date'];

/**
 * A list's view in the page URL (`ViewHistory`), under its `history` name: its search, pressed
 * chips, day and pages. A page count from the URL waits for the papers it counts, and showing
 * another page is a change of view like a search.
 */
export class ListHistory {
  private readonly history: ViewHistory;
  /** A page count from the URL, applied once the papers it counts are there. */
  private pendingPages?: number;
  private recordedPages = 1;
  /** The day the page set, before a view from the URL changed it. */
  private pageDate?: { date?: string };

  constructor(
    private readonly list: ListProperties,
    private readonly pager: Pager,
    chips: { get: () => ChosenChips; set: (chips: ChosenChips) => void },
  ) {
    this.history = new ViewHistory(list, {
      namespace: () => (list.history === undefined ? undefined : list.history.trim() || 'papers'),
      read: () => ({
        query: list.query.trim(),
        tags: [...chips.get().tags],
        year: chips.get().year,
        date: list.src?.includes('{date}') ? list.date : undefined,
        pages: pager.count,
      }),
      apply: (view) => {
        // A view with no day is the page's own: the day it set, or today.
        this.pageDate ??= { date: list.date };
        list.query = view.query;
        chips.set({ tags: new Set(view.tags), year: view.year });
        list.date = view.date ?? this.pageDate.date;
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
        this.list.requestUpdate();
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
