import type { Feed } from '../data/paper.js';
import { compareDates, paperDateToDate } from '../text/dates.js';

export interface Selection {
  /** Only papers dated within this long before `now`: `7d`, `24h`, `2w`. */
  since?: string;
  /** At most this many papers, after sorting. */
  top?: number;
  sort?: 'published' | 'upvotes';
  now: Date;
}

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds in `7d`, `24h`, `2w`; a RangeError names what was given otherwise. */
export function parseSince(value: string): number {
  const match = /^(\d+)\s*([hdw])$/.exec(value.trim());
  if (!match) throw new RangeError(`--since takes a duration like 24h, 7d or 2w, got "${value}"`);
  return Number(match[1]) * (UNITS[match[2] as string] ?? 0);
}

/**
 * The papers a feed or digest keeps: those featured or published since `since` (a paper's
 * featured day counts first, as a daily list's does), sorted, the first `top`.
 */
export function selectPapers(feed: Feed, selection: Selection): Feed {
  let papers = [...feed.papers];
  if (selection.since !== undefined) {
    const from = selection.now.getTime() - parseSince(selection.since);
    papers = papers.filter((paper) => {
      const date = paper.featured ?? paper.published;
      return date !== undefined && paperDateToDate(date).getTime() >= from;
    });
  }
  if (selection.sort === 'upvotes') {
    papers.sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1));
  } else if (selection.sort === 'published') {
    papers.sort((a, b) =>
      a.published && b.published
        ? compareDates(a.published, b.published, 'desc')
        : a.published
          ? -1
          : b.published
            ? 1
            : 0,
    );
  }
  if (selection.top !== undefined) papers = papers.slice(0, selection.top);
  return { ...feed, papers };
}
