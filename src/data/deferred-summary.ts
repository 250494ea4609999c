import { readBlock } from '../text/plain.js';

// A long plain-text abstract is read (controls removed, white space folded, NFC) the first time
// something reads the paper's `summary`. Scanning every abstract was most of parseFeed's time on a
// large feed, and a list shows a screenful of them.

/** Shorter abstracts are read at once: deferring one costs more than reading it. */
const MIN_DEFERRED_LENGTH = 400;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `readBlock(value)` is sure to give text alone (no markup, no reference to decode, so no
 * formatted runs) and never nothing (a letter survives every step), and is long enough to defer.
 */
export function isDeferrable(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= MIN_DEFERRED_LENGTH &&
    !value.includes('<') &&
    !value.includes('&') &&
    LETTER_OR_DIGIT.test(value)
  );
}

/**
 * On the paper itself, hidden from enumeration and JSON: the abstract's source text until it is
 * read, then `{ text }`, its reading (or what a page assigned).
 */
const SLOT = Symbol('paperfeed summary');
type Deferring = Record<typeof SLOT, string | { text: unknown }>;

// One getter and setter for every paper: a property set with functions of its own would give each
// paper a hidden class of its own. It stays a getter once read: turning it into a plain property
// made reading all 10,000 abstracts of a large feed a tenth slower again.
const SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Deferring): unknown {
    const slot = this[SLOT];
    if (typeof slot !== 'string') return slot?.text;
    const text = readBlock(slot)?.text;
    // A frozen paper cannot keep its reading, and reads its abstract again each time.
    if (!Object.isFrozen(this)) this[SLOT] = { text };
    return text;
  },
  set(this: Deferring, text: unknown) {
    this[SLOT] = { text };
  },
};
const HIDDEN: PropertyDescriptor = { writable: true, enumerable: false, configurable: true };

/**
 * Gives `paper` a `summary` read from `source` on first access. It is an enumerable getter, so
 * `JSON.stringify`, spreading and `structuredClone` see the text, and assigning to it replaces it.
 */
export function withDeferredSummary<T extends object>(paper: T, source: string): T {
  HIDDEN.value = source;
  Object.defineProperty(paper, SLOT, HIDDEN);
  HIDDEN.value = undefined;
  return Object.defineProperty(paper, 'summary', SUMMARY);
}
