export interface TextPart {
  text: string;
  /** True for a part that matches one of the terms. */
  match: boolean;
}

/** Search terms from a query: words separated by white space, case-insensitive. */
export function searchTerms(query: string | undefined): string[] {
  return (query ?? '')
    .trim()
    .split(/\s+/)
    .filter((term) => term !== '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `text` into matching and non-matching parts, for rendering matches as `<mark>`. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  // Longest first, so "transformer" wins over "trans" at the same place.
  const pattern = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(new RegExp(pattern, 'giu'))) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
