import type { PaperfeedElement } from './base/paperfeed-element.js';
import { afterPaint, nextTask } from './base/next-task.js';
import { fetchesAtOnce, prefetchFeeds } from './data/prefetch.js';

/**
 * Registers each Paperfeed element the first time it appears in the page, loading its code
 * then (a subscribe box's once the page's lists have shown their papers): a page with one
 * subscribe box never downloads the list. Used by the CDN bundle, which also starts downloading
 * the elements' feeds meanwhile.
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

/**
 * The elements whose code waits for the page's lists to show their papers: a subscribe box then
 * takes neither bandwidth from the lists' code nor the thread from their first render.
 */
const AFTER_PAPERS = new Set(['paperfeed-subscribe']);

/** How long such an element waits at most for a list's feed, once the list's code has run. */
const PAPERS_WAIT_MS = 1000;

const loading = new Map<string, Promise<unknown>>();
const found = new Set<string>();

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

/**
 * Settles once every list now in the page that fetches its feed at once has painted its papers
 * or its error, or `PAPERS_WAIT_MS` after the list's code has run if the feed is slower.
 */
function papersPainted(): Promise<unknown> {
  const lists = [...document.querySelectorAll('paperfeed-list')].filter(fetchesAtOnce);
  if (lists.length === 0) return Promise.resolve();
  const shown = lists.map(
    (list) =>
      new Promise((resolve) => {
        list.addEventListener('paperfeed-load', resolve, { once: true });
        list.addEventListener('paperfeed-error', resolve, { once: true });
      }),
  );
  const waited = loadElement('paperfeed-list').then(
    () => new Promise((resolve) => setTimeout(resolve, PAPERS_WAIT_MS)),
  );
  return Promise.race([Promise.all(shown), waited])
    .catch(() => undefined)
    .then(afterPaint);
}

function loadFound(tag: string): void {
  if (found.has(tag)) return;
  found.add(tag);
  if (AFTER_PAPERS.has(tag)) void papersPainted().then(() => loadElement(tag));
  else void loadElement(tag);
}

function loadWithin(root: ParentNode): void {
  for (const tag of Object.keys(ELEMENTS)) {
    if (!found.has(tag) && root.querySelector(tag)) loadFound(tag);
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
          if (node.localName in ELEMENTS) loadFound(node.localName);
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
