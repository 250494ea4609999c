import type { FeedBody } from './body.js';

// The elements' `cache-ttl`: what a source sent, kept in localStorage so a repeat visit shows papers at once.
// Everything here fails quietly: storage may be full, disabled (private mode) or hold junk.

const PREFIX = 'paperfeed:v1:';
/** Feeds larger than this (in characters, stored as JSON) are simply not stored. */
export const MAX_STORED_CHARS = 1_000_000;

export interface StoredFeed {
  body: FeedBody;
  /** The URL the body came from, for resolving its relative links. */
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
    const stored = JSON.parse(text) as Partial<StoredFeed> & { json?: unknown };
    if (typeof stored.url !== 'string' || typeof stored.savedAt !== 'number') throw new Error();
    // Copies stored before XML and BibTeX were read hold the JSON itself.
    const body = 'json' in stored ? { syntax: 'json' as const, json: stored.json } : stored.body;
    if (isBody(body)) return { body, url: stored.url, savedAt: stored.savedAt, text };
  } catch {
    // unreadable: dropped below
  }
  dropStoredFeed(url);
  return undefined;
}

function isBody(value: unknown): value is FeedBody {
  if (typeof value !== 'object' || value === null) return false;
  const { syntax } = value as { syntax?: unknown };
  return syntax === 'json'
    ? 'json' in value
    : (syntax === 'xml' || syntax === 'bibtex') &&
        typeof (value as { text?: unknown }).text === 'string';
}

export function storeFeed(url: string, body: FeedBody, sourceUrl: string): void {
  try {
    const text = JSON.stringify({ body, url: sourceUrl, savedAt: Date.now() });
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
