import type { ShippedLanguage } from './shipped.js';
import type { LanguagePack } from './translation.js';

// Each built-in language is a chunk of its own, loaded the first time a page asks for it.
const LOADERS: Record<ShippedLanguage, () => Promise<{ default: LanguagePack }>> = {
  ar: () => import('./lang/ar.js'),
  de: () => import('./lang/de.js'),
  es: () => import('./lang/es.js'),
  fr: () => import('./lang/fr.js'),
  he: () => import('./lang/he.js'),
  it: () => import('./lang/it.js'),
  ja: () => import('./lang/ja.js'),
  ko: () => import('./lang/ko.js'),
  pt: () => import('./lang/pt.js'),
  'zh-Hans': () => import('./lang/zh-Hans.js'),
  'zh-Hant': () => import('./lang/zh-Hant.js'),
};

export async function loadLanguagePack(code: ShippedLanguage): Promise<LanguagePack> {
  return (await LOADERS[code]()).default;
}
