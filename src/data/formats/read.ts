import { FeedError } from '../feed-error.js';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` if it is an object, else an empty one: for reading optional nested objects. */
export const recordOf = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

/** The objects of an array (anything else in it skipped); empty when `value` is no array. */
export const records = (value: unknown): JsonRecord[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

/** "a string", "an array", "null": how a site owner would name what they wrote. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    case 'string':
      return value.trim() === '' ? 'an empty string' : 'a string';
    default:
      return `a ${typeof value}`;
  }
}

/** Names a few of an object's keys, for messages about unrecognised shapes. */
export function describeKeys(value: JsonRecord): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, 6).map((key) => `"${key}"`);
  return `an object with keys ${shown.join(', ')}${keys.length > 6 ? ', …' : ''}`;
}

/** The array at `record[key]`, or a FeedError naming the key and what was there instead. */
export function requireArray(record: JsonRecord, key: string, hint: string): unknown[] {
  const value = record[key];
  if (Array.isArray(value)) return value;
  if (value === undefined) throw new FeedError('format', `${key} is missing: ${hint}`);
  throw new FeedError('format', `${key} must be an array, got ${describe(value)}`);
}

/** A non-negative whole count from a number or a numeric string, or undefined. */
export function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) return undefined;
  return Math.floor(number);
}

/** The strings of an array (or one string), trimmed; anything else is skipped. */
export function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
