import { loadLanguagePack } from './load-language.js';
import { SHIPPED_LANGUAGES, type ShippedLanguage } from './shipped.js';
import type { ElementName, LanguagePack, Translation } from './translation.js';

/** A language's words for each element; English (each element's own) fills what is missing. */
export type Words = { [E in ElementName]: Partial<LanguagePack[E]> };

// English is each element's own default: kept in the element's file, not here.
const ENGLISH: Words = { card: {}, list: {}, subscribe: {} };

/** Shipped languages loaded so far, and the page's own translations, by lower-case tag. */
const loaded = new Map<string, LanguagePack>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const registered = new Map<string, Translation>();
const listeners = new Set<() => void>();

const key = (tag: string) => tag.toLowerCase();
const shipped = new Map<string, ShippedLanguage>(
  SHIPPED_LANGUAGES.map((code) => [key(code), code]),
);

function changed(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language arrives or a translation is registered. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Registers words for a language once for the whole page: a language Paperfeed does not ship, or
 * a site's own wording over a shipped one (`{ lang: 'fr', list: { empty: '…' } }`). Elements
 * already on the page take them at once. An element's `strings` property still wins.
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    const tag = key(translation.lang);
    const before = registered.get(tag);
    registered.set(tag, {
      lang: translation.lang,
      card: { ...before?.card, ...translation.card },
      list: { ...before?.list, ...translation.list },
      subscribe: { ...before?.subscribe, ...translation.subscribe },
    });
  }
  changed();
}

/**
 * The tags to try for a locale, most specific first: `pt-BR` → `pt-BR`, `pt`; Chinese by script,
 * so `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant` reach `zh-Hant` and the rest of `zh` `zh-Hans`.
 */
export function languageCandidates(locale: string): string[] {
  let tags = candidates.get(locale);
  if (!tags) {
    tags = candidatesOf(locale);
    candidates.set(locale, tags);
  }
  return tags;
}

// Elements ask on every render: the answer per locale is kept.
const candidates = new Map<string, string[]>();

function candidatesOf(locale: string): string[] {
  let canonical: Intl.Locale;
  try {
    canonical = new Intl.Locale(locale);
  } catch {
    return [];
  }
  const { language, script, region } = canonical;
  const tags = [canonical.toString()];
  if (language === 'zh') {
    const traditional = script === 'Hant' || (!script && ['TW', 'HK', 'MO'].includes(region ?? ''));
    tags.push(traditional ? 'zh-Hant' : 'zh-Hans');
  }
  if (script && region) tags.push(`${language}-${script}`);
  tags.push(language);
  return [...new Set(tags)];
}

function load(code: ShippedLanguage): Promise<void> {
  const tag = key(code);
  let pending = loading.get(tag);
  if (!pending) {
    pending = loadLanguagePack(code).then(
      (pack) => {
        loaded.set(tag, pack);
        changed();
      },
      (error: unknown) => {
        // English it is, rather than a skeleton forever; the site owner hears why.
        failed.add(tag);
        console.warn(`Paperfeed: the "${code}" translation could not be loaded`, error);
        changed();
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** The shipped language among `tags` (the most specific first), if any. */
const shippedTagOf = (tags: string[]) => tags.find((tag) => shipped.has(tag));

/** The load of the shipped language `tag`, while its words are not there yet. */
function pendingPack(tag: string | undefined): Promise<void> | undefined {
  if (tag === undefined || loaded.has(tag) || failed.has(tag)) return undefined;
  return load(shipped.get(tag) as ShippedLanguage);
}

/**
 * Resolves once the words for `locale` are there (at once for English and registered languages):
 * a prerendered element hydrates only then, as its first render must show the words it was
 * rendered with, not a skeleton.
 */
export async function whenLanguageReady(locale: string): Promise<void> {
  await pendingPack(shippedTagOf(languageCandidates(locale).map(key)));
}

export interface ResolvedLanguage {
  /** The words of each element in this language; what is missing stays English. */
  words: Words;
  /** False while a shipped language is on its way: show a skeleton, not English. */
  ready: boolean;
}

/**
 * The words for `locale`: the most specific registered or shipped language among its
 * candidates, with a site's registration over the shipped words and English under both.
 */
export function resolveLanguage(locale: string): ResolvedLanguage {
  const tags = languageCandidates(locale).map(key);
  // The most specific shipped language (`pt` for `pt-BR`), under the page's own words for every
  // candidate, the more specific on top (a `pt-BR` registration over a `pt` one).
  const shippedTag = shippedTagOf(tags);
  const own = tags
    .map((tag) => registered.get(tag))
    .filter((translation): translation is Translation => translation !== undefined)
    .reverse();
  if (shippedTag === undefined && own.length === 0) return { words: ENGLISH, ready: true };
  if (pendingPack(shippedTag)) return { words: ENGLISH, ready: false };
  const pack = shippedTag === undefined ? undefined : loaded.get(shippedTag);
  return { words: merge(pack, own), ready: true };
}

const cache = new WeakMap<object, Map<string, { own: Translation[]; words: Words }>>();

/** The page's own words over the shipped ones; the same object while neither changes. */
function merge(pack: LanguagePack | undefined, own: Translation[]): Words {
  const byPack =
    cache.get(pack ?? ENGLISH) ?? new Map<string, { own: Translation[]; words: Words }>();
  cache.set(pack ?? ENGLISH, byPack);
  const id = own.map((translation) => key(translation.lang)).join(' ');
  const hit = byPack.get(id);
  if (hit && hit.own.every((translation, i) => translation === own[i])) return hit.words;
  const element = <E extends ElementName>(name: E) =>
    Object.assign({}, pack?.[name], ...own.map((translation) => translation[name]));
  const words = { card: element('card'), list: element('list'), subscribe: element('subscribe') };
  byPack.set(id, { own, words });
  return words;
}
