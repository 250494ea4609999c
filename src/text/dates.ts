import type { PaperDate } from '../data/paper.js';
import { dateFormat } from '../base/intl-cache.js';

/** How much of a date the source gave: a year, a month or a day (a time is kept, never shown). */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// A day or an instant as most sources send them, already as kept: `2023-10-20T17:31:12.000Z`.
const KEPT_DATE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822/1123 as RSS sends it: "Tue, 07 May 2024 10:00:00 +0100", "7 May 24 10:00 GMT"; and as
// generators stray from it: "Tuesday, 07 May 2024 9:05:00 GMT".
const RFC_822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,3}|[+-]\d{4}))?)?$/;
const ZONES: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};
// "May 2022", "Oct 29, 2025", "October 29 2025": what people type in hand-made feeds.
const MONTH_FIRST = /^([A-Za-z]{3})[a-z]*\.?\s+(?:(\d{1,2})\s*,?\s+)?(\d{4})$/;
// Zotero's `parsedDate` writes an unknown month or day as 00 (`1992-00-00`, `2011-01-00`).
const ZERO_PARTS = /^(\d{4})-(\d{2})-00$|^(\d{4})-00-\d{2}$/;
// "08/1993": a month and a year.
const MONTH_SLASH_YEAR = /^(\d{1,2})\/(\d{4})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** The number `text` writes in digits from `start` to `end`, read without cutting a string. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from numbers, checked: no month 13, no Feb 30. */
function calendar(year: number, month?: number, day?: number): PaperDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (month === undefined) return pad(year, 4);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

function instant(
  day: PaperDate | undefined,
  [hours, minutes, seconds = '00']: (string | undefined)[],
  fraction: string | undefined,
  zone: string,
): PaperDate | undefined {
  if (!day || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const ms = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  return `${day}T${hours}:${minutes}:${seconds}${ms}${zone}`;
}

/** `Z`, or `±HH:MM` from `+0100`, `+01:00`, `+01` and the zone names RFC 822 allows. */
function offset(zone: string | undefined): string | undefined {
  if (zone === undefined) return 'Z';
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const numeric = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
  if (!numeric || Number(numeric[2] ?? 0) > 59) return undefined;
  return `${numeric[1]}:${numeric[2] ?? '00'}`;
}

const monthNumber = (name: string) =>
  MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1 || undefined;

function parseDateString(text: string): PaperDate | undefined {
  if (KEPT_DATE.test(text)) {
    const year = digitsAt(text, 0, 4);
    const real = year >= 1 && isRealDay(year, digitsAt(text, 5, 7), digitsAt(text, 8, 10));
    return real ? text : undefined;
  }
  const zero = ZERO_PARTS.exec(text);
  if (zero) {
    const [, year, month, yearOnly] = zero;
    return yearOnly
      ? calendar(Number(yearOnly))
      : calendar(Number(year), Number(month) || undefined);
  }
  const partial = PARTIAL_DATE.exec(text);
  if (partial) {
    const [, year, month, day] = partial;
    return calendar(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined);
  }
  const slash = MONTH_SLASH_YEAR.exec(text);
  if (slash) return calendar(Number(slash[2]), Number(slash[1]));
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [, year, month, day, hours, minutes, seconds, fraction, zone] = dateTime;
    const zoneText = offset(zone);
    const date = calendar(Number(year), Number(month), Number(day));
    return zoneText && instant(date, [hours, minutes, seconds], fraction, zoneText);
  }
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, day, monthName, yearText, hours, minutes, seconds, zone] = rfc;
    const twoDigits = yearText?.length === 2 ? Number(yearText) : undefined;
    const year =
      twoDigits === undefined ? Number(yearText) : twoDigits + (twoDigits < 50 ? 2000 : 1900);
    const date = calendar(year, monthNumber(monthName ?? '') ?? 0, Number(day));
    if (hours === undefined) return date;
    const zoneText = offset(zone);
    return zoneText && instant(date, [pad(hours), minutes, seconds], undefined, zoneText);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, monthName, day, year] = monthFirst;
    const month = monthNumber(monthName ?? '');
    return month ? calendar(Number(year), month, day ? Number(day) : undefined) : undefined;
  }
  return undefined;
}

/** CSL and Crossref `date-parts`: `[[2016, 4]]` or `[2016, 4]`, numbers or numeric strings. */
function parseDateParts(parts: unknown[]): PaperDate | undefined {
  const list = Array.isArray(parts[0]) ? (parts[0] as unknown[]) : parts;
  if (list.length === 0 || list.length > 3) return undefined;
  const numbers = list.map((part) =>
    typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part,
  );
  if (!numbers.every((part) => typeof part === 'number')) return undefined;
  const [year = 0, month, day] = numbers as number[];
  return calendar(year, month, day);
}

/**
 * Reads a date as the source gave it, keeping its precision: ISO 8601 in full or in part
 * (`2024`, `2022-05`, `2024-05-07`, with time and offset), Jekyll's `2024-05-07 10:00:00 +0100`,
 * RFC 822/1123, a year as a number, CSL/Crossref `date-parts` (or an object holding them) and
 * "May 2022". A time keeps its own offset, so its day is the day where it was written; a time
 * without an offset is read as UTC. Anything else, or an impossible date, gives undefined.
 */
export function parsePaperDate(value: unknown): PaperDate | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? calendar(value) : undefined;
  if (Array.isArray(value)) return parseDateParts(value);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['date-parts'])) return parseDateParts(record['date-parts']);
    return parsePaperDate(record['raw'] ?? record['literal']);
  }
  return typeof value === 'string' ? parseDateString(value.trim()) : undefined;
}

/** How much of the date is known. */
export function datePrecision(date: PaperDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** True for a date without a time (`2024`, `2022-05`, `2024-05-07`). */
export function isCalendarDate(date: PaperDate): boolean {
  return date.length <= 10;
}

/** The day of a date (an instant's day in its own offset), or undefined for a year or a month. */
export function calendarDay(date: PaperDate): string | undefined {
  return date.length >= 10 ? date.slice(0, 10) : undefined;
}

/**
 * The `Date` of a PaperDate: an instant as it is; a calendar date at midnight UTC of the first
 * day of its period (`2022-05` is May 1).
 */
export function paperDateToDate(date: PaperDate): Date {
  if (!isCalendarDate(date)) return new Date(date);
  const [year, month = '01', day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * Orders dates of any precision, oldest first (or newest with `desc`): a period sorts at its
 * start; at the same start the more precise date comes first in either order (May 1 before May,
 * May before 2022).
 */
export function compareDates(a: PaperDate, b: PaperDate, order: 'asc' | 'desc' = 'asc'): number {
  const byTime = paperDateToDate(a).getTime() - paperDateToDate(b).getTime();
  if (byTime !== 0) return order === 'asc' ? byTime : -byTime;
  return PRECISION_RANK[datePrecision(b)] - PRECISION_RANK[datePrecision(a)];
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};

/**
 * Formats a PaperDate as `Intl` does, to its own precision: "2024", "May 2022", "Oct 29, 2025" in
 * English (written without `Intl` there: `english-formats.ts`). Never a time, and never the
 * reader's time zone: an instant shows its own day.
 * `options` replaces the day format, for headings of day groups.
 */
export function formatPaperDate(
  date: PaperDate,
  locale?: string | string[],
  options?: Intl.DateTimeFormatOptions,
): string {
  const precision = datePrecision(date);
  const format = precision === 'day' && options ? options : FORMATS[precision];
  const day = calendarDay(date) ?? date;
  return dateFormat(locale, { ...format, timeZone: 'UTC' }).format(paperDateToDate(day));
}

/** The reader's own calendar day, `YYYY-MM-DD` (not UTC's: at 1 am in Tokyo it is already tomorrow there). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `value` when it names a whole calendar day (`YYYY-MM-DD`), else the reader's today. */
export function dayOrToday(value: string | undefined): string {
  const date = parsePaperDate(value);
  return date && isCalendarDate(date) && date.length === 10 ? date : localToday();
}

/** The calendar day `days` after (or before) `date`, `YYYY-MM-DD`. */
export function shiftDay(date: PaperDate, days: number): string {
  const day = paperDateToDate(calendarDay(date) ?? date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
