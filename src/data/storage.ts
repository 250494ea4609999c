// The elements' `cache-ttl`: feed JSON kept in localStorage so a repeat visit shows papers at once.
// Everything here fails quietly: storage may be full, disabled (private mode) or hold junk.

const PREFIX = 'paperfeed:v1:';
/** Feeds larger than this (in characters of JSON) are simply not stored. */
export const MAX_STORED_CHARS = 1_000_000;

export interface StoredFeed {
  json: unknown;
  /** The URL the JSON came from, for resolving its relative links. */
  url: string;
  savedAt: number;
  /** The stored text, for `prepareEntities`. */
  text: string;
}

const keyFor = (url: string) => PREFIX + new URL(url, location.href).href;

export function readStoredFeed(url: string): StoredFeed | undefined {
  try {
    const text = localStorage.getItem(keyFor(url));
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<StoredFeed>;
    if (typeof stored.url === 'string' && typeof stored.savedAt === 'number' && 'json' in stored) {
      return { ...(stored as Omit<StoredFeed, 'text'>), text };
    }
  } catch {
    // unreadable: dropped below
  }
  dropStoredFeed(url);
  return undefined;
}

export function storeFeed(url: string, json: unknown, sourceUrl: string): void {
  try {
    const text = JSON.stringify({ json, url: sourceUrl, savedAt: Date.now() });
    if (text.length > MAX_STORED_CHARS) return;
    localStorage.setItem(keyFor(url), text);
  } catch {
    // quota exceeded or storage disabled: the next visit fetches, as without cache-ttl
  }
}

export function dropStoredFeed(url: string): void {
  try {
    localStorage.removeItem(keyFor(url));
  } catch {
    // storage disabled
  }
}
