// Pure list logic: search, filter, sort, group. No DOM, no Lit.
import { calendarDay, compareDates } from '../../text/dates.js';
import type { Paper, PaperDate } from '../../data/paper.js';
import { collator, dateFormat } from '../../base/intl-cache.js';
import { foldForSearch } from '../../text/fold.js';

export type GroupBy = 'none' | 'day' | 'week' | 'month' | 'year';
export type GroupDate = 'featured' | 'published';
export type SortBy = 'feed' | 'published' | 'upvotes' | 'citations';
export type SortOrder = 'desc' | 'asc';

export interface PaperGroup {
  /**
   * `2025-10-29` for a day, the Monday for a week, `2025-10` for a month, `2025` for a year; `''`
   * for papers whose date is missing or less precise than the grouping (a year under `day`).
   */
  key: string;
  papers: Paper[];
}

const searchTexts = new WeakMap<Paper, string>();

/** What a search matches in a paper: its title, abstract, names and tags, folded; kept once made. */
export function searchText(paper: Paper): string {
  let text = searchTexts.get(paper);
  if (text === undefined) {
    text = foldForSearch(
      [
        paper.title,
        paper.summary ?? '',
        ...(paper.authors ?? []).map((author) => author.name),
        ...(paper.tags ?? []),
      ].join('\n'),
    );
    searchTexts.set(paper, text);
  }
  return text;
}

export interface PaperFilter {
  /** Words that must all appear in the title, abstract, authors or tags. */
  terms?: readonly string[];
  /** Tags the paper must all have. */
  tags?: ReadonlySet<string>;
  /** The year (of the grouping date) the paper must be from. */
  year?: string;
  groupDate?: GroupDate;
}

export function filterPapers(papers: readonly Paper[], filter: PaperFilter): Paper[] {
  const terms = (filter.terms ?? []).map(foldForSearch);
  const tags = filter.tags ?? new Set<string>();
  if (terms.length === 0 && tags.size === 0 && !filter.year) return [...papers];
  return papers.filter((paper) => {
    if (filter.year && groupKey(paper, 'year', filter.groupDate) !== filter.year) return false;
    if (tags.size > 0 && ![...tags].every((tag) => paper.tags?.includes(tag))) return false;
    if (terms.length === 0) return true;
    const text = searchText(paper);
    return terms.every((term) => text.includes(term));
  });
}

/** The date a paper is grouped by: when the feed featured it, unless told to use publication. */
export function groupingDate(paper: Paper, groupDate?: GroupDate): PaperDate | undefined {
  return groupDate === 'published' ? paper.published : (paper.featured ?? paper.published);
}

/** The group of a paper; an instant falls on its own day (where it was written), not the reader's. */
export function groupKey(paper: Paper, groupBy: GroupBy, groupDate?: GroupDate): string {
  const date = groupingDate(paper, groupDate);
  if (!date || groupBy === 'none') return '';
  switch (groupBy) {
    case 'year':
      return date.slice(0, 4);
    case 'month':
      return date.length >= 7 ? date.slice(0, 7) : '';
    case 'week': {
      const day = calendarDay(date);
      if (!day) return '';
      const monday = new Date(`${day}T00:00:00Z`);
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      return monday.toISOString().slice(0, 10);
    }
    default:
      return calendarDay(date) ?? '';
  }
}

function compareOptional(a: number | undefined, b: number | undefined, order: SortOrder): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return order === 'asc' ? a - b : b - a;
}

/**
 * Sorted copy; papers without the sort field go last; ties keep feed order. Dates of any
 * precision sort together: a period at its start, the more precise first at the same start.
 */
export function sortPapers(papers: readonly Paper[], sort: SortBy, order: SortOrder): Paper[] {
  if (sort === 'feed') return [...papers];
  if (sort === 'upvotes' || sort === 'citations') {
    return [...papers].sort((a, b) => compareOptional(a[sort], b[sort], order));
  }
  return [...papers].sort((a, b) => {
    if (!a.published || !b.published) return a.published === b.published ? 0 : a.published ? -1 : 1;
    return compareDates(a.published, b.published, order);
  });
}

/** Groups in date order (newest first unless `order` is `asc`); undated papers last. */
export function groupPapers(
  papers: readonly Paper[],
  groupBy: GroupBy,
  order: SortOrder,
  groupDate?: GroupDate,
): PaperGroup[] {
  if (groupBy === 'none') return [{ key: '', papers: [...papers] }];
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const key = groupKey(paper, groupBy, groupDate);
    const group = groups.get(key);
    if (group) group.push(paper);
    else groups.set(key, [paper]);
  }
  return [...groups]
    .map(([key, list]) => ({ key, papers: list }))
    .sort((a, b) => {
      if (a.key === '' || b.key === '') return a.key === b.key ? 0 : a.key === '' ? 1 : -1;
      // Keys are ISO dates: compared as strings, the same in every language.
      const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return order === 'asc' ? byKey : -byKey;
    });
}

/** Tags by how many papers carry them, most first; ties in the order of the list's language. */
export function tagCounts(papers: readonly Paper[], locale?: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const tag of paper.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  // Made only for a tie: a page's first collator loads the engine's locale data.
  let compare: Intl.Collator['compare'] | undefined;
  return [...counts].sort(
    (a, b) => b[1] - a[1] || (compare ??= collator(locale).compare)(a[0], b[0]),
  );
}

/** Whether these papers carry two different tags, which their tag chips may have to order. */
export function carriesTwoTags(papers: readonly Paper[]): boolean {
  let first: string | undefined;
  for (const paper of papers) {
    for (const tag of paper.tags ?? []) {
      if (first === undefined) first = tag;
      else if (tag !== first) return true;
    }
  }
  return false;
}

/**
 * A group's heading in the reader's language: "Oct 29" for a day (with the year when the list
 * spans several), a week by its Monday, "October 2025", "2024".
 */
export function groupLabel(
  key: string,
  groupBy: GroupBy,
  locale: string,
  withYear: boolean,
): string {
  const utc = { timeZone: 'UTC' } as const;
  switch (groupBy) {
    case 'year':
      return key;
    case 'month':
      return dateFormat(locale, { ...utc, month: 'long', year: 'numeric' }).format(
        new Date(`${key}-01T00:00:00Z`),
      );
    default: {
      // With its year, the card's own date format (and so the same formatter).
      const options: Intl.DateTimeFormatOptions = withYear
        ? { year: 'numeric', month: 'short', day: 'numeric', ...utc }
        : { month: 'short', day: 'numeric', ...utc };
      return dateFormat(locale, options).format(new Date(`${key}T00:00:00Z`));
    }
  }
}

export interface FixedFilter {
  /** Keep papers with any of these tags (matched ignoring case). */
  anyTags?: readonly string[];
  /** Keep papers by any of these authors (matched ignoring case and accents). */
  anyAuthors?: readonly string[];
  /** Keep papers published on or after this day, `YYYY-MM-DD`. */
  since?: string;
  /** Keep papers published on or before this day, `YYYY-MM-DD`. */
  until?: string;
}

/**
 * The first and last day a paper's own date (its featured date when it has no other) may be, as
 * strings that compare with `YYYY-MM-DD`: `2024` runs from "2024" to "2024-99".
 */
function paperDays(paper: Paper): [string, string] | undefined {
  const date = (paper.published ?? paper.featured)?.slice(0, 10);
  return date ? [date, date.length < 10 ? `${date}-99` : date] : undefined;
}

/** The filters a site sets once in HTML (`filter-tags`, `filter-author`, `since`, `until`). */
export function applyFixedFilter(papers: readonly Paper[], filter: FixedFilter): Paper[] {
  const tags = new Set((filter.anyTags ?? []).map(foldForSearch));
  const authors = new Set((filter.anyAuthors ?? []).map(foldForSearch));
  const { since, until } = filter;
  if (tags.size === 0 && authors.size === 0 && !since && !until) return [...papers];
  return papers.filter((paper) => {
    if (tags.size > 0 && !(paper.tags ?? []).some((tag) => tags.has(foldForSearch(tag))))
      return false;
    if (
      authors.size > 0 &&
      !(paper.authors ?? []).some((author) => authors.has(foldForSearch(author.name)))
    ) {
      return false;
    }
    if (since || until) {
      const days = paperDays(paper);
      if (!days || (since && days[1] < since) || (until && days[0] > until)) return false;
    }
    return true;
  });
}

export interface ArrangeOptions {
  /** The filters a site sets once in HTML. */
  fixed: FixedFilter;
  terms: readonly string[];
  tags: ReadonlySet<string>;
  year?: string;
  groupDate?: GroupDate;
  groupBy: GroupBy;
  sort: SortBy;
  order: SortOrder;
  /** The most papers to show in all. */
  limit?: number;
}

export interface ArrangedPapers {
  groups: PaperGroup[];
  total: number;
}

/** What survives the fixed filters, search, chips, sort and limit, grouped. */
export function arrangeFeed(papers: readonly Paper[], options: ArrangeOptions): ArrangedPapers {
  const filtered = filterPapers(applyFixedFilter(papers, options.fixed), options);
  const sorted = sortPapers(filtered, options.sort, options.order);
  const limited = options.limit && options.limit > 0 ? sorted.slice(0, options.limit) : sorted;
  return {
    groups: groupPapers(limited, options.groupBy, options.order, options.groupDate),
    total: limited.length,
  };
}
