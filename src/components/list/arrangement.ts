import { memoLast } from '../../base/memo-last.js';
import type { Paper } from '../../data/paper.js';
import { applyFixedFilter, arrangeFeed, type ArrangedPapers } from './arrange.js';
import {
  arrangementOf,
  fixedFilterOf,
  NO_CHIPS,
  type ChosenChips,
  type ListProperties,
} from './list-properties.js';
import { chipChoices } from './parts/controls.js';

/** `values` with `value` added, or taken out when it was there. */
export function toggled<T>(values: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(values);
  if (!next.delete(value)) next.add(value);
  return next;
}

/**
 * A list's papers as it shows them (filtered, sorted, grouped) and the filter chips it offers,
 * worked out once per change of the papers or the arrangement: a list renders many times per
 * change (a step of cards at a time, an announcement), and sorting and counting are not free.
 */
export class ListArrangement {
  private readonly arrangedPapers = memoLast<ArrangedPapers>();
  private readonly chipsOffered = memoLast<ReturnType<typeof chipChoices>>();
  private readonly unchippedTotal = memoLast<number>();

  constructor(
    private readonly list: ListProperties,
    private readonly chosen: () => ChosenChips,
  ) {}

  /** Whether the pressed chips are what leaves no paper: without them, some would show. */
  chipsHideAll(papers: readonly Paper[]): boolean {
    const { tags, year } = arrangementOf(this.list, this.chosen());
    if (tags.size === 0 && year === undefined) return false;
    const options = arrangementOf(this.list, NO_CHIPS);
    // Asked at each render of the empty state (an announcement, a step): counted once a change.
    const key = JSON.stringify({ ...options, tags: [] });
    return this.unchippedTotal(papers, key, () => arrangeFeed(papers, options).total) > 0;
  }

  arranged(papers: readonly Paper[]): ArrangedPapers {
    const options = arrangementOf(this.list, this.chosen());
    const key = JSON.stringify({ ...options, tags: [...options.tags] });
    return this.arrangedPapers(papers, key, () => arrangeFeed(papers, options));
  }

  /**
   * The tags (and years, grouped by year) to offer as chips, in the list's language. A pressed
   * chip stays offered though no paper has it now (another day, a view restored from the URL):
   * else nothing would show why the list is empty, nor let the reader release it.
   */
  chips(papers: readonly Paper[], locale: string): ReturnType<typeof chipChoices> {
    const fixed = fixedFilterOf(this.list);
    const { filterable, groupBy, groupDate } = this.list;
    const offer = { tags: filterable, years: filterable && groupBy === 'year', groupDate, locale };
    const { tags, years } = this.chipsOffered(papers, JSON.stringify({ fixed, ...offer }), () =>
      chipChoices(applyFixedFilter(papers, fixed), offer),
    );
    if (!filterable) return { tags, years };
    const chosen = this.chosen();
    const missing = (offered: string[], pressed: Iterable<string>) =>
      [...pressed].filter((each) => !offered.includes(each));
    return {
      tags: [...tags, ...missing(tags, chosen.tags)],
      years: offer.years && chosen.year ? [...missing(years, [chosen.year]), ...years] : years,
    };
  }
}
