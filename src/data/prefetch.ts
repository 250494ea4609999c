import { elementLocale } from '../base/element-locale.js';
import { EMBEDDED_FEED } from '../base/embedded-feed.js';
import { warmIntl } from '../base/warm-intl.js';
import { prefetchFeed } from './load.js';
import { FEED_FORMATS, type FeedFormat } from './parse.js';

const ELEMENTS = 'paperfeed-list, paperfeed-card';

/** Whether the element, once defined, fetches its `src` as written, at once and every time. */
export function fetchesAtOnce(element: Element): boolean {
  const src = element.getAttribute('src')?.trim() ?? '';
  const format = element.getAttribute('format');
  return !(
    src === '' ||
    src.includes('{date}') ||
    src.includes('#') ||
    element.getAttribute('loading') === 'lazy' ||
    element.hasAttribute('cache-ttl') ||
    element.hasAttribute('defer-hydration') ||
    element.querySelector(EMBEDDED_FEED) ||
    (format !== null && !(FEED_FORMATS as readonly string[]).includes(format))
  );
}

/**
 * Starts downloading the feeds of the lists and cards under `root` while their element's code is
 * still on its way: the element's own request joins the download (one request per URL and
 * format), so the papers arrive a round trip of script earlier. Only for elements that fetch
 * their `src` as soon as they are defined; a failure is left for the element to meet and show.
 * The formatters of every list's and card's language are made meanwhile too: a feed that arrives
 * with the element's code, or a hand-written card, is shown in the task that defines it.
 */
export function prefetchFeeds(root: ParentNode): void {
  // Defined elements fetch for themselves: once both are, nothing is left to look for.
  if (customElements.get('paperfeed-list') && customElements.get('paperfeed-card')) return;
  const elements = root instanceof Element && root.matches(ELEMENTS) ? [root] : [];
  elements.push(...root.querySelectorAll(ELEMENTS));
  for (const element of elements) {
    // A defined element fetches for itself.
    if (customElements.get(element.localName)) continue;
    // A hand-written card too: it shows its date and counts in the task that defines it.
    void warmIntl(elementLocale(element), { sortsTags: element.hasAttribute('filterable') });
    if (!fetchesAtOnce(element)) continue;
    const format = (element.getAttribute('format') ?? undefined) as FeedFormat | undefined;
    const urls = (element.getAttribute('src') ?? '').trim().split(/\s+/);
    for (const url of urls) prefetchFeed(url, format);
  }
}
