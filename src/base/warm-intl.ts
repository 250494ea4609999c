import { formatPaperDate } from '../text/dates.js';
import { collator, listSeparator, numberFormat, pluralRules } from './intl-cache.js';
import { inNextTask } from './next-task.js';

const warmed = new Set<string>();

/**
 * Makes the formatters a card needs for `locale` (and the collator that orders a list's tag
 * chips, when asked), once. A page's first Intl formatter costs tens of milliseconds (the engine
 * loads the locale's data; ~95 ms at a phone's CPU speed): made in a task of its own, it stays out
 * of the task that renders or hydrates the first papers.
 */
export function warmIntl(locale: string, { sortsTags = false } = {}): void {
  const key = `${locale} ${sortsTags}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  numberFormat(locale);
  pluralRules(locale);
  listSeparator(locale);
  formatPaperDate('2000-01-01', locale);
  if (sortsTags) collator(locale);
}

/** `warmIntl` in a task of its own, soon: while a feed is on its way. */
export function warmIntlSoon(locale: string, options: { sortsTags?: boolean } = {}): void {
  inNextTask(() => warmIntl(locale, options));
}
