import { whenLanguageReady } from '../i18n/registry.js';

/** The attribute that holds a prerendered element back from hydrating (Lit's own). */
const DEFER = 'defer-hydration';

/**
 * Lets the page's prerendered Paperfeed elements hydrate, each once the words of its language
 * are loaded: `paperfeed render` writes them with `defer-hydration` and `lang`, and a first render
 * in a language still on its way would show a skeleton where the prerendered text is.
 */
export function releasePrerendered(root: ParentNode = document): void {
  for (const element of root.querySelectorAll(
    `:is(paperfeed-list, paperfeed-card, paperfeed-subscribe)[${DEFER}]`,
  )) {
    const lang = element.getAttribute('lang') ?? 'en';
    void whenLanguageReady(lang).then(() => element.removeAttribute(DEFER));
  }
}
