import { isPlainEnglish } from '../i18n/english-formats.js';
import { formatPaperDate } from '../text/dates.js';
import { collator, listSeparator, numberFormat, pluralRules } from './intl-cache.js';
import { nextTask } from './next-task.js';

/** Formatters being made or made, by locale and whether a collator is among them. */
const warmings = new Map<string, Promise<void>>();
/** The same keys, once their formatters are made. */
const made = new Set<string>();

async function makeFormatters(locale: string, sortsTags: boolean): Promise<void> {
  // Plain English dates, numbers and lists need none of the engine's locale data
  // (`english-formats.ts`); a collator still does.
  const loadsLocaleData = sortsTags || !isPlainEnglish(locale);
  const makers = [
    // A page's first formatter loads the engine's locale data and list of locales in one call
    // (25-75 ms in Chromium on a 2-core machine); these two first split it into three tasks
    // (6-19, 15-29, 3-16 ms). The list of locales is one native call: at 4x CPU slowdown the
    // second task alone is 65-160 ms, and nothing a script does on this thread splits it further.
    ...(loadsLocaleData
      ? [
          (each: string) => new Intl.Locale(each).maximize(),
          (each: string) => Intl.Collator.supportedLocalesOf(each),
        ]
      : []),
    numberFormat,
    pluralRules,
    listSeparator,
    (each: string) => formatPaperDate('2000-01-01', each),
    ...(sortsTags ? [collator] : []),
  ];
  for (const make of makers) {
    await nextTask();
    try {
      make(locale);
    } catch {
      break; // Not a language the engine formats in: the element falls back on its own.
    }
  }
}

function warm(locale: string, sortsTags: boolean): Promise<void> {
  const key = `${locale} ${sortsTags}`;
  let warming = warmings.get(key);
  if (!warming) {
    warming = makeFormatters(locale, sortsTags).then(() => void made.add(key));
    warmings.set(key, warming);
  }
  return warming;
}

/**
 * Makes the formatters a card needs for `locale` (and the collator that orders a list's tag
 * chips, when the element may show some), once, each in a task of its own, while a feed is on its
 * way or before an element's first papers render. A page's first formatter costs tens of
 * milliseconds (the engine loads the locale's data and lists its locales; 100-180 ms at a
 * phone's CPU speed), each later one a few: made apart, they stay out of the task that renders
 * the first papers. In plain English the collator waits until papers need it
 * (`formattersReady`): it alone would load that data. Resolves once they are made.
 */
export const warmIntl = (locale: string, { sortsTags = false } = {}): Promise<void> =>
  warm(locale, sortsTags && !isPlainEnglish(locale));

/**
 * Resolves once the formatters an element's papers need in `locale` are made (with the collator
 * when `sortsTags`), making them if no one has started; `undefined` when they are made already.
 */
export function formattersReady(
  locale: string,
  { sortsTags = false } = {},
): Promise<void> | undefined {
  if (made.has(`${locale} true`) || (!sortsTags && made.has(`${locale} false`))) return undefined;
  return sortsTags ? warm(locale, true) : (warmings.get(`${locale} true`) ?? warm(locale, false));
}
