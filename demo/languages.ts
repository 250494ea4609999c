// The language switcher of the languages page: it sets the page's own lang and dir, as a site
// would, and the elements follow.
import { SHIPPED_LANGUAGES } from '../src/index.js';

const RIGHT_TO_LEFT = new Set(['ar', 'he']);
const select = document.querySelector<HTMLSelectElement>('#language');
if (select) {
  for (const code of SHIPPED_LANGUAGES) {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    select.append(new Option(name, code));
  }
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = RIGHT_TO_LEFT.has(select.value) ? 'rtl' : 'ltr';
  });
}
