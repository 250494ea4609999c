import { importBesideScript } from '../base/beside-script.js';
import type { ShippedLanguage } from './shipped.js';
import type { LanguagePack } from './translation.js';

// The classic script carries English only: it imports a language from the CDN build beside it.
export async function loadLanguagePack(code: ShippedLanguage): Promise<LanguagePack> {
  const module = await importBesideScript<{ default: LanguagePack }>(`paperfeed-lang-${code}.js`);
  return module.default;
}
