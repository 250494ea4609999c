import { whenLanguageReady } from '../i18n/registry.js';
import { nextTask } from './next-task.js';

/** The attribute that holds a prerendered element back from hydrating (Lit's own). */
const DEFER = 'defer-hydration';

/**
 * Lets the page's prerendered Paperfeed elements hydrate, each once the words of its language
 * are loaded: `paperfeed render` writes them with `defer-hydration` and `lang`, and a first render
 * in a language still on its way would show a skeleton where the prerendered text is. One element
 * a task: a list hydrating with its cards takes tens of milliseconds on a phone, and the page
 * answers input in between.
 */
export async function releasePrerendered(root: ParentNode = document): Promise<void> {
  const elements = root.querySelectorAll(
    `:is(paperfeed-list, paperfeed-card, paperfeed-subscribe)[${DEFER}]`,
  );
  for (const element of elements) {
    await whenLanguageReady(element.getAttribute('lang') ?? 'en');
    // Released before its code arrives, every element would hydrate in the task defining it.
    await customElements.whenDefined(element.localName);
    element.removeAttribute(DEFER);
    await nextTask();
  }
}
