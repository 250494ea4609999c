const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const AUTHOR_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAIL_ADDRESS = /^mailto:[^\s@?]+@[^\s@?]+(\?\S*)?$/;
// An http(s) URL as the URL parser writes it, so it would come back unchanged: a lower-case host
// ending in a name (a number there reads as IPv4), no user or port, a path with no dot segment,
// and no character a parser encodes or decodes (no "%": Chromium decodes some in paths).
const CANONICAL_WEB_URL =
  /^https?:\/\/(?:[a-z\d]+(?:-[a-z\d]+)*\.)*[a-z][a-z\d]*(?:-[a-z\d]+)*(?:\/(?!\.\.?(?:[/?#]|$))[\w\-.~!$&()*+,;=:@]*)+(?:\?[\w\-.~!$&()*+,;=:@/?]*)?(?:#[\w\-.~!$&()*+,;=:@/?]*)?$/;

/** A scheme as the URL parser reads it: none of what it strips (tabs, newlines) can be inside it. */
export const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export interface SafeUrlOptions {
  /** The absolute URL relative ones resolve against; without it, relative URLs are dropped. */
  base?: string;
  /** Also let `mailto:` through (author links). */
  allowMailto?: boolean;
}

/**
 * Returns `value` as an absolute, normalized http(s) URL (or mailto: when allowed), or undefined.
 *
 * The WHATWG URL parser does the vetting: it lowercases the scheme and strips the tabs, newlines and
 * control characters that obfuscated `java\tscript:` relies on, so checking the parsed protocol
 * catches every spelling. The raw string is kept without parsing only when it is an http(s) URL
 * already in the form the parser writes (`CANONICAL_WEB_URL`). Entities are not decoded by anything downstream,
 * so `&#106;avascript:` can only ever be a harmless relative path.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Most links are written so already, and parsing one costs more than the rest of its paper.
  if (CANONICAL_WEB_URL.test(trimmed)) return trimmed;
  const allowed = options.allowMailto ? AUTHOR_PROTOCOLS : WEB_PROTOCOLS;
  // A link with another scheme (`javascript:`, `data:`, `doi:`) is refused without parsing it.
  const scheme = SCHEME.exec(trimmed)?.[1];
  if (scheme !== undefined && !allowed.has(`${scheme.toLowerCase()}:`)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, options.base);
  } catch {
    return undefined;
  }
  if (!allowed.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') return MAIL_ADDRESS.test(url.href) ? url.href : undefined;
  return url.hostname === '' ? undefined : url.href;
}
