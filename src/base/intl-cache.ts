import {
  englishDateFormat,
  englishInteger,
  ENGLISH_LIST_SEPARATOR,
  isPlainEnglish,
} from '../i18n/english-formats.js';

// Intl constructors are slow (tens of microseconds each); a list renders hundreds of dates and
// counts per frame, so formatters are made once per locale and options.

/** What the elements ask of a date or number formatter. */
export interface Format<T> {
  format(value: T): string;
}

type Formatter = Format<Date> | Format<number> | Intl.PluralRules | Intl.Collator;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(
  kind: string,
  locale: string | string[] | undefined,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${String(locale)}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * `Intl`'s formatter, or in plain English (`english-formats.ts`) one that writes what it would
 * without loading the engine's locale data, `Intl`'s made only for a value it does not write.
 */
function englishOr<T>(
  english: ((value: T) => string | undefined) | undefined,
  makeIntl: () => Format<T>,
): Format<T> {
  if (!english) return makeIntl();
  let intl: Format<T> | undefined;
  return { format: (value) => english(value) ?? (intl ??= makeIntl()).format(value) };
}

export const dateFormat = (
  locale: string | string[] | undefined,
  options: Intl.DateTimeFormatOptions,
): Format<Date> =>
  cached('date', locale, options, () =>
    englishOr(
      isPlainEnglish(locale) ? englishDateFormat(options) : undefined,
      () => new Intl.DateTimeFormat(locale, options),
    ),
  );

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Format<number> =>
  cached('number', locale, options, () =>
    englishOr(
      isPlainEnglish(locale) && Object.keys(options).length === 0 ? englishInteger : undefined,
      () => new Intl.NumberFormat(locale, options),
    ),
  );

export const pluralRules = (locale: string) =>
  cached('plural', locale, {}, () => new Intl.PluralRules(locale));

export const collator = (locale?: string) =>
  cached('collator', locale, {}, () => new Intl.Collator(locale));

const separators = new Map<string, string>();

/**
 * What goes between names in a list, in the locale's own way (", ", "、", " و"): the middle of
 * its conjunction list. The last one too, since "+3 more" follows rather than "and".
 */
export function listSeparator(locale: string): string {
  if (isPlainEnglish(locale)) return ENGLISH_LIST_SEPARATOR;
  let separator = separators.get(locale);
  if (separator === undefined) {
    try {
      const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts([
        'a',
        'b',
        'c',
      ]);
      separator = parts.find((part) => part.type === 'literal')?.value ?? ', ';
    } catch {
      separator = ', ';
    }
    separators.set(locale, separator);
  }
  return separator;
}
