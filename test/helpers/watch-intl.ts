type IntlConstructor =
  'NumberFormat' | 'DateTimeFormat' | 'ListFormat' | 'PluralRules' | 'Collator' | 'Locale';

/**
 * Calls `made(name, args)` each time one of `names` is constructed from `Intl`, until the returned
 * function restores them.
 */
export function watchIntl(
  names: readonly IntlConstructor[],
  made: (name: IntlConstructor, args: unknown[]) => void,
): () => void {
  const originals = names.map((name) => {
    const original = Intl[name] as unknown as new (...args: unknown[]) => object;
    Reflect.set(Intl, name, function (...args: unknown[]) {
      made(name, args);
      return new original(...args);
    });
    return [name, original] as const;
  });
  return () => originals.forEach(([name, original]) => Reflect.set(Intl, name, original));
}
