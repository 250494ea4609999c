import type { PaperfeedElement } from './base/paperfeed-element.js';
import { nextTask } from './base/next-task.js';
import { prefetchFeeds } from './data/prefetch.js';

/**
 * Registers each Paperfeed element the first time it appears in the page, loading its code
 * then: a page with one subscribe box never downloads the list. Used by the CDN bundle, which
 * also starts downloading the elements' feeds meanwhile.
 */
const ELEMENTS: Record<string, () => Promise<typeof PaperfeedElement>> = {
  'paperfeed-card': () =>
    import('./components/card/paperfeed-card.js').then((module) => module.PaperfeedCard),
  'paperfeed-list': () =>
    import('./components/list/paperfeed-list-with-card.js').then((module) => module.PaperfeedList),
  'paperfeed-subscribe': () =>
    import('./components/subscribe/paperfeed-subscribe.js').then(
      (module) => module.PaperfeedSubscribe,
    ),
};

/** The elements an element renders: registered before it. */
const RENDERS: Record<string, readonly string[]> = { 'paperfeed-list': ['paperfeed-card'] };

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads and registers one element (or every element, without a tag); resolves once defined.
 * Each is registered in a task of its own: registering one upgrades and renders every element
 * of its tag in the page, and the code of all three often arrives at once.
 */
export function loadElement(tag?: string): Promise<unknown> {
  if (tag === undefined) return Promise.all(Object.keys(ELEMENTS).map(loadElement));
  const load = ELEMENTS[tag];
  if (!load) return Promise.reject(new Error(`Paperfeed has no element <${tag}>`));
  let pending = loading.get(tag);
  if (!pending) {
    const rendered = (RENDERS[tag] ?? []).map(loadElement);
    pending = Promise.all([load(), ...rendered]).then(async ([element]) => {
      await nextTask();
      element.define(tag);
      return customElements.whenDefined(tag);
    });
    loading.set(tag, pending);
  }
  return pending;
}

function loadWithin(root: ParentNode): void {
  for (const tag of Object.keys(ELEMENTS)) {
    if (!loading.has(tag) && root.querySelector(tag)) void loadElement(tag);
  }
  prefetchFeeds(root);
}

/** Watches the document for Paperfeed elements, now and as they are added. */
export function autoload(): void {
  const start = () => {
    loadWithin(document);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.localName in ELEMENTS) void loadElement(node.localName);
          loadWithin(node);
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
    // Elements already parsed above the script need not wait for the rest of the page.
    loadWithin(document);
  } else start();
}
