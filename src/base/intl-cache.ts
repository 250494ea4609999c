// Intl constructors are slow (tens of microseconds each); a list renders hundreds of dates and
// counts per frame, so formatters are made once per locale and options.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.Collator;

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

export const dateFormat = (
  locale: string | string[] | undefined,
  options: Intl.DateTimeFormatOptions,
) => cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

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
