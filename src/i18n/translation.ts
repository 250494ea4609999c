import type { CardStrings } from '../components/card/card.strings.js';
import type { ListStrings } from '../components/list/list.strings.js';
import type { SubscribeStrings } from '../components/subscribe/subscribe.strings.js';

/** The words of each element, as a language gives them. */
export interface ElementStrings {
  card: CardStrings;
  list: ListStrings;
  subscribe: SubscribeStrings;
}

export type ElementName = keyof ElementStrings;

/** A language's words for every element: what each built-in language file holds. */
export type LanguagePack = ElementStrings;

/**
 * Words for a language, registered once for the page with `registerTranslation`: a language
 * Paperfeed does not ship (`nl`), or a site's own wording over a shipped one. Missing words fall
 * back to the shipped language, then English.
 */
export interface Translation {
  /** A BCP 47 tag: `nl`, `pt-BR`, `zh-Hant`. */
  lang: string;
  card?: Partial<CardStrings>;
  list?: Partial<ListStrings>;
  subscribe?: Partial<SubscribeStrings>;
}
