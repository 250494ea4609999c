// Intl constructors are slow (tens of microseconds each); a list renders hundreds of dates and
// counts per frame, so formatters are made once per locale and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
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
