import type { ComplexAttributeConverter } from 'lit';

/** A separated attribute as a list of trimmed, non-empty values. */
export function splitList(value: string | null | undefined, separator: string): string[] {
  return (value ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** "Ba, Jimmy; Kiros, Jamie" splits on semicolons; "Jimmy Ba, Jamie Kiros" on commas. */
export function splitNames(value: string | null | undefined): string[] {
  return splitList(value, value?.includes(';') ? ';' : ',');
}

/** `filter-tags="nlp, vision"` is `['nlp', 'vision']` on the property. */
export const commaList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value) => splitList(value, ','),
  toAttribute: (value) => value.join(', '),
};

/** Names, which may hold commas themselves ("Ba, Jimmy"): semicolons separate them when present. */
export const nameList: ComplexAttributeConverter<string[]> = {
  fromAttribute: splitNames,
  toAttribute: (value) => value.join('; '),
};

/** `page-size="5"` is the number 5; `all` stays `all`; anything else is the default, 20. */
export const pageSizeConverter: ComplexAttributeConverter<number | 'all'> = {
  fromAttribute: (value) => {
    if (value?.trim() === 'all') return 'all';
    const size = Number(value);
    return Number.isInteger(size) && size > 0 ? size : 20;
  },
  toAttribute: (value) => String(value),
};
