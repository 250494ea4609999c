import type { Feed } from '../data/paper.js';
import { parseFeed } from '../data/parse.js';

/** Where an element carries its feed in its own markup. */
export const EMBEDDED_FEED = ':scope > script[type="application/json"]';

/** Whether the element carries a feed in its own markup, read or not. */
export function hasEmbeddedFeed(host: Element): boolean {
  return host.querySelector(EMBEDDED_FEED) !== null;
}

/**
 * The feed an element carries in its own markup: a JSON Feed in a `<script type="application/json">`
 * child, as `paperfeed render` writes it beside the prerendered papers, so hydrating them needs no
 * second fetch. Read like any feed: nothing in it is trusted.
 */
export function embeddedFeed(host: Element): Feed | undefined {
  const script = host.querySelector(EMBEDDED_FEED);
  if (!script?.textContent) return undefined;
  try {
    return parseFeed(JSON.parse(script.textContent), { format: 'json-feed' });
  } catch (error) {
    console.warn(`<${host.localName}>: its embedded feed could not be read:`, error);
    return undefined;
  }
}
