/** The languages Paperfeed ships besides English, each a file of its own. */
export const SHIPPED_LANGUAGES = [
  'ar',
  'de',
  'es',
  'fr',
  'he',
  'it',
  'ja',
  'ko',
  'pt',
  'zh-Hans',
  'zh-Hant',
] as const;

export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];

/** Written right to left: the elements mirror their direction-carrying icons for these. */
export const RTL_LANGUAGES: readonly string[] = ['ar', 'he', 'fa', 'ur'];
