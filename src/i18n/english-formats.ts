// English (`en`, `en-US`) dates, whole numbers and the commas between names exactly as `Intl`
// writes them, without `Intl`. A page's first `Intl.DateTimeFormat`, `NumberFormat` or
// `ListFormat` loads the engine's locale data in one native call: 50-60 ms in a fresh Chromium tab
// on a 2-core machine, four times that at a phone's CPU speed. English is the language most pages
// show and the one every other falls back on, and the few formats the elements use in it are
// fixed by CLDR, so they are written out here; a test holds each equal to `Intl`'s output in every
// engine. Any other locale, option or value goes to `Intl`.

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

const PLAIN_ENGLISH = /^en(?:-US)?$/i;

/** `en` or `en-US`, whose formats are the ones written out here. */
export const isPlainEnglish = (locale: string | string[] | undefined): locale is string =>
  typeof locale === 'string' && PLAIN_ENGLISH.test(locale);

const DATE_OPTIONS = new Set(['weekday', 'year', 'month', 'day', 'timeZone']);

/**
 * English `Intl.DateTimeFormat(options).format` for the UTC calendar dates the elements show
 * ("2025", "Oct 2025", "October 29", "Oct 29, 2025", "Wednesday, October 29, 2025"), or
 * `undefined` for options it does not write. The function answers `undefined` for a date outside
 * years 1-9999, which no paper has.
 */
export function englishDateFormat(
  options: Intl.DateTimeFormatOptions,
): ((date: Date) => string | undefined) | undefined {
  const { weekday, year, month, day, timeZone } = options;
  if (timeZone !== 'UTC' || !Object.keys(options).every((option) => DATE_OPTIONS.has(option))) {
    return undefined;
  }
  const written =
    (weekday === undefined || (weekday === 'long' && year && day)) &&
    (year === undefined || year === 'numeric') &&
    (month === undefined ? !day : month === 'short' || month === 'long') &&
    (day === undefined || day === 'numeric') &&
    (year || month);
  if (!written) return undefined;
  return (date) => {
    const fullYear = date.getUTCFullYear();
    if (!(fullYear >= 1 && fullYear <= 9999)) return undefined;
    const name = MONTHS[date.getUTCMonth()] ?? '';
    let text = month ? (month === 'short' ? name.slice(0, 3) : name) : '';
    if (day) text += ` ${date.getUTCDate()}`;
    if (year) text = text ? `${text}${day ? ',' : ''} ${fullYear}` : `${fullYear}`;
    return weekday ? `${WEEKDAYS[date.getUTCDay()]}, ${text}` : text;
  };
}

/** A whole number as English `Intl.NumberFormat` writes it ("12,345"), else `undefined`. */
export function englishInteger(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

/** What English puts between the names of a list: the middle of its conjunction. */
export const ENGLISH_LIST_SEPARATOR = ', ';
