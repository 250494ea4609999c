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

/** The abstract's source text, on the paper itself but hidden from enumeration and JSON. */
const SOURCE = Symbol('paperfeed summary source');
type Deferring = Record<typeof SOURCE, string | undefined>;

function settle(paper: object, text: unknown): void {
  Object.defineProperty(paper, 'summary', {
    value: text,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  (paper as Deferring)[SOURCE] = undefined;
}

// One getter and setter for every paper (a property set with functions of its own would give each
// paper a hidden class of its own), and one descriptor object reused to hide each source.
const SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): string | undefined {
    const source = (this as Deferring)[SOURCE];
    if (source === undefined) return undefined;
    const text = readBlock(source)?.text;
    // A frozen or sealed paper keeps its getter and reads the abstract again each time.
    if (Object.getOwnPropertyDescriptor(this, 'summary')?.configurable) settle(this, text);
    return text;
  },
  set(this: object, text: unknown) {
    settle(this, text);
  },
};
const HIDDEN_SOURCE: PropertyDescriptor = { writable: true, enumerable: false, configurable: true };

/**
 * Gives `paper` a `summary` read from `source` on first access. It is an enumerable property, so
 * `JSON.stringify`, spreading and `structuredClone` see the text, and assigning to it replaces it.
 */
export function withDeferredSummary<T extends object>(paper: T, source: string): T {
  HIDDEN_SOURCE.value = source;
  Object.defineProperty(paper, SOURCE, HIDDEN_SOURCE);
  HIDDEN_SOURCE.value = undefined;
  return Object.defineProperty(paper, 'summary', SUMMARY);
}
