import { COMMON_ENTITIES, LEGACY_ENTITIES } from './entities-common.js';
import { importFullEntities } from './import-full-entities.js';

const table = new Map<string, string>(
  COMMON_ENTITIES.split(' ').map((entry) => {
    const colon = entry.indexOf(':');
    return [entry.slice(0, colon), entry.slice(colon + 1)];
  }),
);
const legacy = LEGACY_ENTITIES.split(',');
let fullTableLoaded = false;

// What HTML reads for the C1 code points &#128; to &#159; (windows-1252), as browsers do.
const WINDOWS_1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g;

function fromCodePoint(code: number): string {
  const windows = code >= 0x80 && code <= 0x9f ? WINDOWS_1252[code - 0x80] : undefined;
  if (windows) return windows;
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/** A named reference as HTML reads it in text: `name;` from the whole list, else a legacy prefix. */
function named(name: string, semicolon: string, reference: string): string {
  const value = semicolon ? table.get(name) : undefined;
  if (value !== undefined) return value;
  // `&eacute` and even `&notit` decode (to "é" and "¬it"): the longest legacy name that starts it.
  const prefix = legacy.find((candidate) => name.startsWith(candidate));
  const decoded = prefix && table.get(prefix);
  return decoded ? decoded + reference.slice(prefix.length + 1) : reference;
}

/**
 * Decodes every HTML character reference, once and as HTML does in text: the WHATWG names (the
 * common ones built in, the rest after `loadFullEntityTable()`), the legacy forms without ";",
 * decimal and hex. Strings only, never a DOM sink, so Trusted Types pages are safe.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (reference, hex?: string, decimal?: string, name = '', semicolon = '') => {
      if (hex !== undefined) return fromCodePoint(parseInt(hex.slice(0, 8), 16));
      if (decimal !== undefined) return fromCodePoint(Number(decimal.slice(0, 8)));
      return named(name, semicolon, reference);
    },
  );
}

// `&name;`, also as a feed's own syntax escapes it: `&amp;name;` in XML, `\u0026name;` in JSON.
const NAMED_REFERENCE = /(?:&(?:amp;)?|\\u0026)([A-Za-z][A-Za-z0-9]*);/g;

/** True when `text` holds a `&name;` the built-in table cannot decode but the full list may. */
export function needsFullEntityTable(text: string): boolean {
  if (fullTableLoaded || !(text.includes('&') || text.includes('\\u0026'))) return false;
  for (const [, name = ''] of text.matchAll(NAMED_REFERENCE)) if (!table.has(name)) return true;
  return false;
}

/**
 * Loads the whole WHATWG list (2,125 names, ~11 KB gzip) as its own file. `loadFeed` and the
 * elements call it when a feed holds a name outside the built-in ones; call it before
 * `parseFeed` for the same. Rejects when the file cannot be loaded.
 */
export async function loadFullEntityTable(): Promise<void> {
  if (fullTableLoaded) return;
  for (const [name, value] of Object.entries(await importFullEntities())) table.set(name, value);
  fullTableLoaded = true;
}

/**
 * Loads the full table for `text` when it needs it. A failure is told once on the console and
 * the feed is read with the built-in names: a rare one then stays as written.
 */
export async function prepareEntities(text: string): Promise<void> {
  if (!needsFullEntityTable(text)) return;
  try {
    await loadFullEntityTable();
  } catch (error) {
    if (!warnedLoadFailure)
      console.warn('Paperfeed: could not load the full list of HTML character references', error);
    warnedLoadFailure = true;
  }
}
let warnedLoadFailure = false;
