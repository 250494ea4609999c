import { prepareEntities } from '../text/entities.js';
import { readFeedBody, type FeedBody } from './body.js';
import { FeedError } from './feed-error.js';
import { previewer, previewLarge, type PreviewRequest } from './preview.js';
import { readText } from './read-text.js';
import { parseFeedBody, type FeedFormat, type ParseFeedOptions } from './parse.js';
import type { Feed } from './paper.js';

export interface LoadFeedOptions extends ParseFeedOptions {
  /** Aborting it rejects this call with `kind: 'aborted'`; other callers sharing the fetch go on. */
  signal?: AbortSignal;
  /** Milliseconds before this call fails with `kind: 'timeout'`. Default 15 000; 0 for none. */
  timeout?: number;
  /** The most bytes read from the body before failing with `kind: 'too-large'`. Default 5 MB. */
  maxBytes?: number;
  /** Skip the page's memory cache and have the browser revalidate with the server. */
  reload?: boolean;
  /** The fetch to use; a seam for hosts that add credentials or proxies. */
  fetch?: typeof fetch;
  /**
   * Asks for the first `items` papers of a JSON feed that takes a while to arrive
   * (`PREVIEW_AFTER_MS`), or of a large one (`PREVIEW_ABOVE_CHARS`), before it is read whole:
   * `show` gets them once, as a body holding only them.
   */
  preview?: PreviewRequest;
}

export type { PreviewRequest } from './preview.js';

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// Feeds are asked for as JSON Feed first; XML and BibTeX come as `*/*`. Accept is CORS-safelisted
// while it stays under 128 bytes, so it adds no preflight.
const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';

interface Download {
  body: FeedBody;
  /** The URL the body came from, after redirects: what relative URLs resolve against. */
  url: string;
  /** When its last bytes were read (`performance.now()`): its parse begins in that task. */
  arrivedAt: number;
}

/** What a source sent, not read yet: it is read once, when a caller first asks for it. */
interface Arrival {
  /** Its text until it is read; a large one gives its first papers before (`previewLarge`). */
  text: string;
  contentType: string;
  /** The URL asked for, which errors name. */
  requested: string;
  url: string;
  arrivedAt: number;
  linkNext?: string;
  read?: Promise<Download>;
}

interface SharedFetch {
  promise: Promise<Arrival>;
  controller: AbortController;
  users: number;
  /** The callers waiting for its first papers. */
  previews: PreviewRequest[];
}

const inFlight = new Map<string, SharedFetch>();
const pageCache = new Map<string, Arrival>();

/** Forgets every feed this page has loaded, so the next `loadFeed` fetches again. */
export function clearFeedCache(): void {
  pageCache.clear();
}

/**
 * OpenAlex and Crossref page their `/works` lists with a cursor only when the first request asks
 * for one (`cursor=*`); Paperfeed asks, so "Show more" can walk the whole list.
 */
function withFirstCursor(url: URL): URL {
  const cursored =
    (url.hostname === 'api.openalex.org' || url.hostname === 'api.crossref.org') &&
    /\/works\/?$/.test(url.pathname) &&
    !['cursor', 'page', 'offset', 'sample'].some((name) => url.searchParams.has(name));
  if (cursored) url.searchParams.set('cursor', '*');
  return url;
}

function resolveUrl(url: string): string {
  const base = typeof location === 'undefined' ? undefined : location.href;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw new FeedError('network', `"${url}" is not a valid feed URL`, { url });
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new FeedError('network', `A feed URL must be http(s), got "${url}"`, { url });
  }
  return withFirstCursor(resolved).href;
}

/** The `rel="next"` target of a `Link` header (RFC 8288), as Zotero and GitHub page. */
function linkNext(header: string | null): string | undefined {
  for (const link of header?.split(/,(?=\s*<)/) ?? []) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(link);
    if (match && /;\s*rel\s*=\s*"?(?:[^";]*\s)?next(?:\s[^";]*)?"?/i.test(match[2] ?? ''))
      return match[1];
  }
  return undefined;
}

async function download(
  url: string,
  signal: AbortSignal,
  options: LoadFeedOptions,
  previews: PreviewRequest[],
): Promise<Arrival> {
  const fetchFeed = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFeed(url, {
      signal,
      headers: { Accept: ACCEPT },
      cache: options.reload ? 'no-cache' : 'default',
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new FeedError(
      'network',
      `Could not load ${url}: the request failed. Check the address, that the server is up, and that it allows cross-origin requests (CORS) from this site`,
      { url, cause: error },
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new FeedError('http', `The server answered ${status} for ${url}`, {
      url,
      status: response.status,
    });
  }
  let text: string;
  try {
    text = await readText(
      response,
      url,
      options.maxBytes ?? DEFAULT_MAX_BYTES,
      previewer(previews, options.format, response.url || url),
    );
  } finally {
    // Whoever waits for its first papers now gets the whole feed instead.
    previews.length = 0;
  }
  const next = linkNext(response.headers.get('link'));
  let nextUrl: string | undefined;
  try {
    if (next) nextUrl = new URL(next, response.url || url).href;
  } catch {
    // A malformed Link header costs only the next page, never the feed.
  }
  return {
    text,
    contentType: response.headers.get('content-type') ?? '',
    requested: url,
    url: response.url || url,
    arrivedAt: performance.now(),
    linkNext: nextUrl,
  };
}

/**
 * The body of what arrived, read as far as its syntax once for every caller. One that cannot be
 * read is not kept: the next call fetches again.
 */
function readArrival(arrival: Arrival, key: string, format?: string): Promise<Download> {
  arrival.read ??= readBody(arrival, format).catch((error: unknown) => {
    arrival.read = undefined;
    if (pageCache.get(key) === arrival) pageCache.delete(key);
    throw error;
  });
  return arrival.read;
}

async function readBody(arrival: Arrival, format: string | undefined): Promise<Download> {
  const { text, contentType, requested: url } = arrival;
  let body: FeedBody;
  try {
    body = readFeedBody(text, { format, contentType, url });
  } catch (error) {
    const { kind, message } = error as FeedError;
    throw new FeedError(kind, message, { url, cause: error });
  }
  if (arrival.linkNext) body.linkNext = arrival.linkNext;
  // The full list of named references is a chunk of its own, fetched only for feeds that need it.
  await prepareEntities(text);
  arrival.text = '';
  return { body, url: arrival.url, arrivedAt: arrival.arrivedAt };
}

// The body is read as far as its syntax, which the format decides: one fetch per URL and format.
const keyOf = (url: string, options: LoadFeedOptions) => `${options.format ?? 'auto'} ${url}`;

function sharedFetch(url: string, options: LoadFeedOptions): SharedFetch {
  const key = keyOf(url, options);
  const existing = inFlight.get(key);
  if (existing) return existing;
  const controller = new AbortController();
  const previews: PreviewRequest[] = [];
  const shared: SharedFetch = {
    controller,
    users: 0,
    previews,
    promise: download(url, controller.signal, options, previews).then((result) => {
      pageCache.set(key, result);
      return result;
    }),
  };
  // Callers handle the outcome; this keeps an abandoned fetch from being an unhandled rejection.
  shared.promise
    .catch(() => undefined)
    .finally(() => {
      if (inFlight.get(key) === shared) inFlight.delete(key);
    });
  inFlight.set(key, shared);
  return shared;
}

function callerSignal(options: LoadFeedOptions): AbortSignal | undefined {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const signals = [options.signal, timeout > 0 ? AbortSignal.timeout(timeout) : undefined].filter(
    (signal): signal is AbortSignal => signal !== undefined,
  );
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

function abortError(signal: AbortSignal, url: string): FeedError {
  const reason: unknown = signal.reason;
  return reason instanceof DOMException && reason.name === 'TimeoutError'
    ? new FeedError('timeout', `${url} did not answer in time`, { url, cause: reason })
    : new FeedError('aborted', `Loading ${url} was cancelled`, { url, cause: reason });
}

/** Waits for a shared fetch on behalf of one caller, who may leave early without hurting others. */
function join(
  shared: SharedFetch,
  url: string,
  key: string,
  signal: AbortSignal | undefined,
): Promise<Arrival> {
  shared.users++;
  if (!signal) return shared.promise;
  if (signal.aborted) {
    shared.users--;
    return Promise.reject(abortError(signal, url));
  }
  return new Promise<Arrival>((resolve, reject) => {
    const onAbort = () => {
      shared.users--;
      if (shared.users === 0) {
        inFlight.delete(key);
        shared.controller.abort();
      }
      reject(abortError(signal, url));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal.removeEventListener('abort', onAbort);
    shared.promise.then(
      (result) => {
        settle();
        resolve(result);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}

/**
 * `loadFeed` without the reading: the body as far as its syntax, and the URL it came from. For
 * callers that keep it (the elements' `cache-ttl` stores it, to read it again on the next visit).
 */
export async function loadFeedBody(url: string, options: LoadFeedOptions = {}): Promise<Download> {
  const href = resolveUrl(url);
  const key = keyOf(href, options);
  const cached = options.reload ? undefined : pageCache.get(key);
  let arrival = cached;
  if (!arrival) {
    const shared = sharedFetch(href, options);
    if (options.preview) shared.previews.push(options.preview);
    arrival = await join(shared, href, key, callerSignal(options));
  }
  if (options.preview) {
    await previewLarge(arrival.text, options.format, options.preview, arrival.url);
  }
  return readArrival(arrival, key, options.format);
}

/**
 * Starts fetching a feed for the callers to come, reading nothing of it: a `loadFeed` or
 * `loadFeedBody` for it joins the request, or finds what it brought. The request goes on when a
 * caller leaves (an element moved in the page asks again and joins it).
 */
export function prefetchFeed(url: string, format?: FeedFormat): void {
  try {
    const href = resolveUrl(url);
    const options = { format };
    if (!pageCache.has(keyOf(href, options))) sharedFetch(href, options).users++;
  } catch {
    // Left for the element to meet and show.
  }
}

/**
 * Fetches and parses a feed. Concurrent calls for one URL share one request; a loaded feed is
 * kept for the page's lifetime (`reload: true` fetches again). Fails only with a `FeedError`.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<Feed> {
  const result = await loadFeedBody(url, options);
  return parseFeedBody(result.body, {
    format: options.format ?? 'auto',
    baseUrl: options.baseUrl ?? result.url,
    mapping: options.mapping,
  });
}
