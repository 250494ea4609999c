/**
 * Remembers the last value computed from an array (by identity, and its length) and a key: a
 * render that changes neither gets it again. A list renders many times per change of its papers
 * (a step of cards, an announcement), and filtering, sorting and counting them is not free.
 */
export function memoLast<T>(): (items: readonly unknown[], key: string, compute: () => T) => T {
  let last: { items: readonly unknown[]; length: number; key: string; value: T } | undefined;
  return (items, key, compute) => {
    if (last?.items === items && last.length === items.length && last.key === key) {
      return last.value;
    }
    const value = compute();
    last = { items, length: items.length, key, value };
    return value;
  };
}
