import { decodeCharacterReferences } from './entities.js';
import { looksLikeMarkup, markupToParagraphs } from './markup.js';
import { isStyled, runsText, type TextRun } from './rich-text.js';
import { foldWhiteSpace } from './white-space.js';

// C0 and C1 controls except tab, newline and carriage return, which count as white space.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Every character below U+0300 is its own NFC form: most text can skip the costly normalize().
// eslint-disable-next-line no-control-regex
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02FF]/;

/** `text` in Unicode NFC, so "Lavi\u0301nia" and "Lavínia" are one name. */
export const nfc = (text: string) => (MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text);

/**
 * A trimmed string in Unicode NFC with control characters removed, or undefined when nothing is
 * left. For values that are never markup: ids, keys, identifiers.
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = nfc(value.replace(CONTROL_CHARACTERS, '').trim());
  return text === '' ? undefined : text;
}

/**
 * How a field's value is read: `markup` is HTML (or JATS, MathML) by definition; `text` is plain
 * text by its spec, yet real generators leave entities and even tags in it, so entities are
 * decoded and tags removed only when the value is clearly markup (a tag of a known element).
 */
export type TextSource = 'markup' | 'text';

/** A blank line between two paragraphs of plain text. */
const PARAGRAPH_BREAK = /\n\s*\n/;

function paragraphsOf(value: unknown, source: TextSource): TextRun[][] | undefined {
  const raw = plainText(value);
  if (raw === undefined) return undefined;
  if (source === 'markup' || looksLikeMarkup(raw)) return markupToParagraphs(raw);
  return raw
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => foldWhiteSpace(decodeCharacterReferences(paragraph)).trim())
    .filter((paragraph) => paragraph !== '')
    .map((text) => [{ text }]);
}

const normalizedRuns = (runs: TextRun[]) => runs.map((run) => ({ ...run, text: nfc(run.text) }));

/** One line of text (a title, a name, a venue): white space and line breaks folded to one space. */
export interface InlineText {
  text: string;
  /** Present when some of the text is italic, bold, sub- or superscript. */
  runs?: TextRun[];
}

// A control character or white space other than a space.
const CONTROL_OR_SPACE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
const DOUBLE_SPACE = / {2}/;

// Most values hold no markup, no reference and no white space but single spaces: they need only
// trimming and NFC. Testing for that first keeps parseFeed near JSON.parse on large feeds. (These
// tests scan a long abstract faster than one pattern holding them all.)
const isSimple = (text: string) =>
  !text.includes('<') &&
  !text.includes('&') &&
  !CONTROL_OR_SPACE.test(text) &&
  !DOUBLE_SPACE.test(text);
// eslint-disable-next-line no-control-regex
const NEEDS_DECODING = /[<&\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A simple value trimmed and in NFC, or undefined when nothing is left. */
function simpleText(value: string): string | undefined {
  const text = value.trim();
  return text === '' ? undefined : nfc(text);
}

/** Reads a title, name or venue through the one text pipeline; undefined when empty. */
export function readInline(value: unknown, source: TextSource = 'text'): InlineText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && isSimple(value)) {
    const text = simpleText(value);
    return text === undefined ? undefined : { text };
  }
  const paragraphs = paragraphsOf(value, source);
  if (!paragraphs || paragraphs.length === 0) return undefined;
  const runs: TextRun[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) runs.push({ text: ' ' });
    runs.push(...paragraph);
  }
  const kept = normalizedRuns(runs);
  const text = runsText(kept);
  return kept.some(isStyled) ? { text, runs: kept } : { text };
}

/** The text alone of `readInline(value)`: a name or a tag, whose formatting is not kept. */
export const inlineText = (value: unknown): string | undefined =>
  typeof value === 'string' && isSimple(value) ? simpleText(value) : readInline(value)?.text;

/** Text in paragraphs (an abstract): `text` joins them with line breaks. */
export interface BlockText {
  text: string;
  /** Present when some of the text is italic, bold, sub- or superscript. */
  paragraphs?: TextRun[][];
}

/** Reads an abstract through the one text pipeline, keeping its paragraph breaks. */
export function readBlock(value: unknown, source: TextSource = 'text'): BlockText | undefined {
  if (value === undefined || value === null) return undefined;
  if (source === 'text' && typeof value === 'string' && isSimple(value)) {
    const text = simpleText(value);
    return text === undefined ? undefined : { text };
  }
  if (source === 'text' && typeof value === 'string' && !NEEDS_DECODING.test(value)) {
    const paragraphs = value.includes('\n') ? value.split(PARAGRAPH_BREAK) : [value];
    const text = paragraphs
      .map((paragraph) => foldWhiteSpace(paragraph).trim())
      .filter((paragraph) => paragraph !== '')
      .join('\n');
    return text === '' ? undefined : { text: nfc(text) };
  }
  const paragraphs = paragraphsOf(value, source)?.map(normalizedRuns);
  if (!paragraphs || paragraphs.length === 0) return undefined;
  const text = paragraphs.map(runsText).join('\n');
  return paragraphs.some((runs) => runs.some(isStyled)) ? { text, paragraphs } : { text };
}

/**
 * Reduces an HTML fragment to the plain text a reader would see: scripts, styles and comments
 * dropped with their contents, tags removed, entities decoded, paragraphs kept as lines.
 */
export const htmlToText = (value: unknown): string | undefined => readBlock(value, 'markup')?.text;
