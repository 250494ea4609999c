import type { PaperDate } from '../feed/paper.js';
import { dateFormat } from './intl-cache.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/**
 * Reads an RFC 3339 / ISO 8601 date-time or a `YYYY-MM-DD` calendar date. Anything else, or an
 * impossible date (Feb 30), gives undefined, so "Invalid Date" can never reach a reader.
 * A date-time without an offset is read as UTC: a feed's "local time" is nobody's local time.
 */
export function parsePaperDate(value: unknown): PaperDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();

  const calendar = CALENDAR_DATE.exec(text);
  if (calendar) {
    const [, year, month, day] = calendar.map(Number) as [number, number, number, number];
    return isCalendarDay(year, month, day) ? text : undefined;
  }

  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return undefined;
  const [, day, hours, minutes, seconds = '00', fraction = '', zone = 'Z'] =
    dateTime as unknown as [string, string, string, string, string?, string?, string?];
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  if (!isCalendarDay(year, month, dayOfMonth)) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  // Already in the form toISOString() gives (as APIs like Hugging Face's send): keep it as is.
  if (CANONICAL_INSTANT.test(text)) return text;
  const offset = /^[zZ]$/.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(`${day}T${hours}:${minutes}:${seconds}${fraction.slice(0, 4)}${offset}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** True for a calendar date (`YYYY-MM-DD`), false for an instant. */
export function isCalendarDate(date: PaperDate): boolean {
  return CALENDAR_DATE.test(date);
}

/** The `Date` for a PaperDate; a calendar date becomes midnight UTC of that day. */
export function paperDateToDate(date: PaperDate): Date {
  return new Date(isCalendarDate(date) ? `${date}T00:00:00Z` : date);
}

/**
 * Formats a PaperDate with `Intl` ("Oct 20, 2023" in English). A calendar date is formatted in
 * UTC so it reads as the same day in every time zone; an instant is shown in the reader's zone.
 */
export function formatPaperDate(
  date: PaperDate,
  locale?: string | string[],
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' },
): string {
  const zone = isCalendarDate(date) ? { timeZone: 'UTC' } : {};
  return dateFormat(locale, { ...options, ...zone }).format(paperDateToDate(date));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The reader's own calendar day, `YYYY-MM-DD` (not UTC's: at 1 am in Tokyo it is already tomorrow there). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** The calendar day `days` after (or before) `date`, `YYYY-MM-DD`. */
export function shiftDay(date: PaperDate, days: number): string {
  const day = paperDateToDate(date);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
