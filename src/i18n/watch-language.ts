import { onTranslationsChange } from './registry.js';

// One observer for the whole page: any `lang` that changes (on <html>, or on a wrapper around a
// list) may change an element's language, so every element checks again.
const elements = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

const updateAll = () => {
  for (const element of elements) element.requestUpdate();
};

/** Re-renders `element` whenever a `lang` changes in the page or a translation arrives. */
export function watchLanguage(element: { requestUpdate(): void }): () => void {
  elements.add(element);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(updateAll);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  stopListening ??= onTranslationsChange(updateAll);
  return () => {
    elements.delete(element);
    if (elements.size > 0) return;
    observer?.disconnect();
    observer = undefined;
    stopListening?.();
    stopListening = undefined;
  };
}
