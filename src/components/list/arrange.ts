// Pure list logic: search, filter, sort, group. No DOM, no Lit.
import { isCalendarDate, paperDateToDate } from '../../internal/dates.js';
import type { Paper, PaperDate } from '../../feed/paper.js';
import { dateFormat } from '../../internal/intl-cache.js';
import { foldForSearch } from '../../internal/fold.js';

export type GroupBy = 'none' | 'day' | 'week' | 'month' | 'year';
export type GroupDate = 'featured' | 'published';
export type SortBy = 'feed' | 'published' | 'upvotes';
export type SortOrder = 'desc' | 'asc';

export interface PaperGroup {
  /** `2025-10-29` for a day, the Monday for a week, `2025-10` for a month, `2025` for a year; `''` for undated papers. */
  key: string;
  papers: Paper[];
}

const searchText = new WeakMap<Paper, string>();

function haystack(paper: Paper): string {
  let text = searchText.get(paper);
  if (text === undefined) {
    text = foldForSearch(
      [
        paper.title,
        paper.summary ?? '',
        ...(paper.authors ?? []).map((author) => author.name),
        ...(paper.tags ?? []),
      ].join('\n'),
    );
    searchText.set(paper, text);
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
    const text = haystack(paper);
    return terms.every((term) => text.includes(term));
  });
}

/** The date a paper is grouped by: when the feed featured it, unless told to use publication. */
export function groupingDate(paper: Paper, groupDate?: GroupDate): PaperDate | undefined {
  return groupDate === 'published' ? paper.published : (paper.featured ?? paper.published);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as local year, month and day: an instant falls on the reader's own day. */
function calendarParts(date: PaperDate): [number, number, number] {
  if (isCalendarDate(date)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return [y, m, d];
  }
  const local = paperDateToDate(date);
  return [local.getFullYear(), local.getMonth() + 1, local.getDate()];
}

export function groupKey(paper: Paper, groupBy: GroupBy, groupDate?: GroupDate): string {
  const date = groupingDate(paper, groupDate);
  if (!date || groupBy === 'none') return '';
  const [y, m, d] = calendarParts(date);
  switch (groupBy) {
    case 'year':
      return String(y);
    case 'month':
      return `${y}-${pad(m)}`;
    case 'week': {
      const day = new Date(Date.UTC(y, m - 1, d));
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
      return day.toISOString().slice(0, 10);
    }
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

function compareOptional(a: number | undefined, b: number | undefined, order: SortOrder): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return order === 'asc' ? a - b : b - a;
}

const time = (date: PaperDate | undefined) => (date ? paperDateToDate(date).getTime() : undefined);

/** Sorted copy; papers without the sort field go last; ties keep feed order. */
export function sortPapers(papers: readonly Paper[], sort: SortBy, order: SortOrder): Paper[] {
  if (sort === 'feed') return [...papers];
  const value = sort === 'upvotes' ? (p: Paper) => p.upvotes : (p: Paper) => time(p.published);
  return [...papers].sort((a, b) => compareOptional(value(a), value(b), order));
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
      return order === 'asc' ? a.key.localeCompare(b.key) : b.key.localeCompare(a.key);
    });
}

/** Tags by how many papers carry them, most first. */
export function tagCounts(papers: readonly Paper[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const tag of paper.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
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
      const options: Intl.DateTimeFormatOptions = withYear
        ? { ...utc, month: 'short', day: 'numeric', year: 'numeric' }
        : { ...utc, month: 'short', day: 'numeric' };
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

/** The reader's calendar day of a paper's own date (its featured day when it has no other). */
function paperDay(paper: Paper): string | undefined {
  const date = paper.published ?? paper.featured;
  if (!date) return undefined;
  const [y, m, d] = calendarParts(date);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
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
      const day = paperDay(paper);
      if (!day || (since && day < since) || (until && day > until)) return false;
    }
    return true;
  });
}
