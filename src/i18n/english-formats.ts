// English (`en`, `en-US`) dates and whole numbers exactly as `Intl` writes them, without `Intl`.
// A page's first `Intl.DateTimeFormat`, `NumberFormat` or `ListFormat` loads the engine's locale
// data in one native call: 50-60 ms in a fresh Chromium tab on a 2-core machine, four times that
// at a phone's CPU speed, where it is the longest task of a first render. English is the language
// most pages show and the one every other falls back on, and the few formats the elements use in
// it are fixed by CLDR, so they are written out here; a test holds each equal to `Intl`'s output
// in every engine. Any other locale, option or value goes to `Intl`.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const PLAIN_ENGLISH = /^en(?:-US)?$/i;

/** `en` or `en-US`, whose formats are the ones written out here. */
export const isPlainEnglish = (locale: string | string[] | undefined): locale is string =>
  typeof locale === 'string' && PLAIN_ENGLISH.test(locale);

type DateParts = { year: number; month: number; day: number; weekday: number };

/** The date formats the elements use, by `weekday year month day` option values. */
const DATE_PATTERNS: Record<string, (date: DateParts) => string> = {
  '- numeric - -': ({ year }) => `${year}`,
  '- numeric short -': ({ year, month }) => `${MONTHS[month]?.slice(0, 3)} ${year}`,
  '- numeric long -': ({ year, month }) => `${MONTHS[month]} ${year}`,
  '- numeric short numeric': ({ year, month, day }) =>
    `${MONTHS[month]?.slice(0, 3)} ${day}, ${year}`,
  '- numeric long numeric': ({ year, month, day }) => `${MONTHS[month]} ${day}, ${year}`,
  '- - short numeric': ({ month, day }) => `${MONTHS[month]?.slice(0, 3)} ${day}`,
  '- - long numeric': ({ month, day }) => `${MONTHS[month]} ${day}`,
  'long numeric long numeric': ({ year, month, day, weekday }) =>
    `${WEEKDAYS[weekday]}, ${MONTHS[month]} ${day}, ${year}`,
};

const DATE_OPTIONS = new Set(['weekday', 'year', 'month', 'day', 'timeZone']);

/**
 * English `Intl.DateTimeFormat(options).format` for the UTC calendar dates the elements show, or
 * `undefined` for options it does not write. The function answers `undefined` for a date outside
 * years 1-9999, which no paper has.
 */
export function englishDateFormat(
  options: Intl.DateTimeFormatOptions,
): ((date: Date) => string | undefined) | undefined {
  if (options.timeZone !== 'UTC') return undefined;
  if (!Object.keys(options).every((option) => DATE_OPTIONS.has(option))) return undefined;
  const { weekday = '-', year = '-', month = '-', day = '-' } = options;
  const pattern = DATE_PATTERNS[`${weekday} ${year} ${month} ${day}`];
  if (!pattern) return undefined;
  return (date) => {
    const year = date.getUTCFullYear();
    if (!(year >= 1 && year <= 9999)) return undefined;
    return pattern({
      year,
      month: date.getUTCMonth(),
      day: date.getUTCDate(),
      weekday: date.getUTCDay(),
    });
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
