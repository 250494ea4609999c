/**
 * Lower case without diacritics, so "schäfl" finds "Schäfl" and "schafl"; any space a plain one,
 * so "Donald E. Knuth" finds BibTeX's `Donald~E. Knuth` (a no-break space).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s/g, ' ').toLowerCase();
}
