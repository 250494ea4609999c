import { foldForSearch } from './fold.js';

export interface TextPart {
  text: string;
  /** True for a part that matches one of the terms. */
  match: boolean;
}

/** Search terms from a query: words separated by white space, case-insensitive. */
export function searchTerms(query: string | undefined): string[] {
  // No search (nearly every render of every card's title, names and abstract): nothing to split.
  if (!query) return [];
  return query
    .trim()
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** What each ASCII character folds to: itself, lower-cased, white space a plain space. */
let asciiFolds: string[] | undefined;

/**
 * Where the terms occur in `text`, as `[start, end)` offsets into it, sorted and not overlapping.
 * Matched as search matches them: ignoring case and accents ("schafl" marks "Schäfl").
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = [...new Set(terms.map(foldForSearch))].filter((term) => term !== '');
  if (folded.length === 0 || text === '') return [];
  // The folded text, and for each of its characters the original offset it came from.
  let haystack = '';
  const origin: number[] = [];
  const ascii = (asciiFolds ??= Array.from({ length: 128 }, (_, code) =>
    foldForSearch(String.fromCharCode(code)),
  ));
  for (let i = 0; i < text.length;) {
    // Most of a paper's text is ASCII: its folds are looked up, not worked out a letter at a time.
    const code = text.charCodeAt(i);
    if (code < 128) {
      origin.push(i);
      haystack += ascii[code] ?? '';
      i++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const fold = foldForSearch(char);
    for (let k = 0; k < fold.length; k++) origin.push(i);
    haystack += fold;
    i += char.length;
  }
  origin.push(text.length);
  // Longest first, so "transformer" wins over "trans" at the same place.
  folded.sort((a, b) => b.length - a.length);
  const ranges: [number, number][] = [];
  for (let at = 0; at < haystack.length;) {
    const term = folded.find((candidate) => haystack.startsWith(candidate, at));
    if (!term) {
      at++;
      continue;
    }
    const start = origin[at] ?? text.length;
    let end = origin[at + term.length] ?? text.length;
    // A combining accent after the last matched letter belongs to the match.
    while (end < text.length && /\p{M}/u.test(text.charAt(end))) end++;
    ranges.push([start, end]);
    at += term.length;
  }
  return ranges;
}

/** Splits `text` into matching and non-matching parts, for rendering matches as `<mark>`. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length || parts.length === 0)
    parts.push({ text: text.slice(last), match: false });
  return parts;
}
