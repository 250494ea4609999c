import { whenLanguageReady } from '../i18n/registry.js';
import { nextTask } from './next-task.js';
import { warmIntl } from './warm-intl.js';

/** The attribute that holds a prerendered element back from hydrating (Lit's own). */
const DEFER = 'defer-hydration';

/**
 * Lets the page's prerendered Paperfeed elements hydrate, each once the words of its language
 * are loaded: `paperfeed render` writes them with `defer-hydration` and `lang`, and a first render
 * in a language still on its way would show a skeleton where the prerendered text is. One element
 * a task, after the page's first formatters, each made in a task of its own: a list hydrating
 * with its cards takes tens of milliseconds on a phone, and the page answers input in between.
 */
export async function releasePrerendered(root: ParentNode = document): Promise<void> {
  const elements = root.querySelectorAll(
    `:is(paperfeed-list, paperfeed-card, paperfeed-subscribe)[${DEFER}]`,
  );
  // Every language on its way at once; each element waits for its own.
  const waiting = [...elements].map((element) => {
    const lang = element.getAttribute('lang') ?? 'en';
    return { element, lang, ready: whenLanguageReady(lang) };
  });
  for (const { element, lang, ready } of waiting) {
    await ready;
    // Released before its code arrives, every element would hydrate in the task defining it.
    await customElements.whenDefined(element.localName);
    await warmIntl(lang);
    await nextTask();
    element.removeAttribute(DEFER);
    await nextTask();
  }
}
