/** Lower case without diacritics, so "schäfl" finds "Schäfl" and "schafl". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
