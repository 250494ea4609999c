import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute, kept within 1 to 6 (`fallback` when it is not a number). */
export function headingLevel(value: number, fallback: number, offset = 0): number {
  return Math.min(6, Math.max(1, (Math.round(value) || fallback) + offset));
}

/** The static tag for a heading level, for `html` from `lit/static-html.js`. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[headingLevel(level, 3) - 1] ?? literal`h3`;
}
