// The language switcher of the languages page: it sets the page's own lang and dir, as a site
// would, and the elements follow.
import { SHIPPED_LANGUAGES } from '../src/index.js';

// Each language by its own name, written out: naming them with Intl.DisplayNames would load the
// data of eleven locales in the page's first task (about 80 ms of it on a desktop CPU).
const NAMES: Record<(typeof SHIPPED_LANGUAGES)[number], string> = {
  ar: 'العربية',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  he: 'עברית',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  pt: 'Português',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

const RIGHT_TO_LEFT = new Set(['ar', 'he']);
const select = document.querySelector<HTMLSelectElement>('#language');
if (select) {
  for (const code of SHIPPED_LANGUAGES) select.append(new Option(NAMES[code], code));
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = RIGHT_TO_LEFT.has(select.value) ? 'rtl' : 'ltr';
  });
}
