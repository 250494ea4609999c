/**
 * Lower case without diacritics, so "schäfl" finds "Schäfl" and "schafl"; any space a plain one,
 * so "Donald E. Knuth" finds BibTeX's `Donald~E. Knuth` (a no-break space).
 */
export function foldForSearch(text: string): string {
  // Only white space other than a plain space is replaced: replacing each space too rebuilt the
  // text around every word, most of a list's first search over its abstracts.
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\S ]/g, ' ')
    .toLowerCase();
}
