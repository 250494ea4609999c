import { dateFormat } from '../../base/intl-cache.js';
import { plural, type PluralMessage } from '../../base/plural.js';

/** Every word the list shows or announces; set `list.strings` to translate some or all. */
export interface ListStrings {
  search: string;
  searchPlaceholder: string;
  clearSearch: string;
  /** Releases every pressed chip, offered when they leave no paper. */
  clearFilters: string;
  filters: string;
  sortLabel: string;
  sortFeed: string;
  sortPublished: string;
  sortUpvotes: string;
  /** Announced after loading and after each search: "56 papers". */
  paperCount: PluralMessage;
  /** Announced while searching: "3 papers match “norm”", `{query}` standing for the query. */
  matchCount: PluralMessage;
  /** Announced when a refresh brings new papers. */
  newPapers: PluralMessage;
  /** A week's heading, `{date}` standing for its Monday. */
  weekOf: string;
  /** The last group's heading, for papers without a date. */
  undated: string;
  /** The last group's heading under day, week or month groups: papers dated less precisely, or not at all. */
  noExactDate: string;
  showMore: string;
  loading: string;
  loadFailed: string;
  retry: string;
  /** Beside the papers kept when a refresh failed; `{time}` stands for when they were loaded. */
  refreshFailed: string;
  /** Beside the papers kept when the next page could not be loaded. */
  loadMoreFailed: string;
  /** Above the list of sources that failed while others loaded. */
  someSourcesFailed: string;
  empty: string;
  /** A day without papers under `date-nav`; `{date}` stands for the day. */
  emptyDay: string;
  /** The label of the day controls, and their buttons. */
  days: string;
  previousDay: string;
  nextDay: string;
  /** `{query}` stands for the query. */
  noMatches: string;
  /** When the pressed chips leave no paper. */
  noFilterMatches: string;
  papersLabel: string;
}

export const defaultListStrings: ListStrings = {
  search: 'Search papers',
  searchPlaceholder: 'Search titles, abstracts, authors, tags',
  clearSearch: 'Clear search',
  clearFilters: 'Clear filters',
  filters: 'Filter by tag',
  sortLabel: 'Sort by',
  sortFeed: 'Feed order',
  sortPublished: 'Date',
  sortUpvotes: 'Upvotes',
  paperCount: { one: '{count} paper', other: '{count} papers' },
  matchCount: { one: '{count} paper matches “{query}”', other: '{count} papers match “{query}”' },
  newPapers: { one: '{count} new paper', other: '{count} new papers' },
  weekOf: 'Week of {date}',
  undated: 'Undated',
  noExactDate: 'No exact date',
  showMore: 'Show more',
  loading: 'Loading papers…',
  loadFailed: 'Could not load the papers.',
  retry: 'Retry',
  refreshFailed: 'Couldn’t refresh. Showing papers from {time}.',
  loadMoreFailed: 'Couldn’t load more papers.',
  someSourcesFailed: 'Some of the papers could not be loaded.',
  empty: 'No papers yet.',
  emptyDay: 'No papers on {date}.',
  days: 'Days',
  previousDay: '← Previous day',
  nextDay: 'Next day →',
  noMatches: 'No papers match “{query}”.',
  noFilterMatches: 'No papers match the chosen filters.',
  papersLabel: 'Papers',
};

/** "56 papers", or "3 papers match “norm”" while searching. */
export function countMessage(text: ListStrings, count: number, query: string, locale: string) {
  return query
    ? plural(text.matchCount, count, locale).replaceAll('{query}', query)
    : plural(text.paperCount, count, locale);
}

/** "Couldn’t refresh. Showing papers from 10:42." (with the day when it was not today). */
export function refreshFailedMessage(
  text: ListStrings,
  loadedAt: number | undefined,
  locale: string,
) {
  if (loadedAt === undefined) return text.refreshFailed;
  const at = new Date(loadedAt);
  const today = at.toDateString() === new Date().toDateString();
  const time = dateFormat(locale, {
    ...(today ? {} : { month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
  return text.refreshFailed.replaceAll('{time}', time);
}
