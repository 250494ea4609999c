import { formatPaperDate } from '../text/dates.js';
import { collator, listSeparator, numberFormat, pluralRules } from './intl-cache.js';
import { inNextTask } from './next-task.js';

const warmed = new Set<string>();

/**
 * Makes the formatters a card needs for `locale` in a task of their own, soon (and the collator
 * that orders a list's tag chips, when asked). A page's first Intl formatter costs tens of
 * milliseconds (the engine loads the locale's data; ~95 ms at a phone's CPU speed): made while a
 * feed is on its way, it stays out of the task that renders the first papers.
 */
export function warmIntlSoon(locale: string, { sortsTags = false } = {}): void {
  const key = `${locale} ${sortsTags}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  inNextTask(() => {
    numberFormat(locale);
    pluralRules(locale);
    listSeparator(locale);
    formatPaperDate('2000-01-01', locale);
    if (sortsTags) collator(locale);
  });
}
