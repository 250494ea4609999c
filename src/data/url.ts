const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const AUTHOR_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAIL_ADDRESS = /^mailto:[^\s@?]+@[^\s@?]+(\?\S*)?$/;

export interface SafeUrlOptions {
  /** What a relative URL resolves against; without it, relative URLs are dropped. */
  base?: string;
  /** Also let `mailto:` through (author links). */
  allowMailto?: boolean;
}

/**
 * Returns `value` as an absolute, normalized http(s) URL (or mailto: when allowed), or undefined.
 *
 * The WHATWG URL parser does the vetting: it lowercases the scheme and strips the tabs, newlines and
 * control characters that obfuscated `java\tscript:` relies on, so checking the parsed protocol
 * (never the raw string) catches every spelling. Entities are not decoded by anything downstream,
 * so `&#106;avascript:` can only ever be a harmless relative path.
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, options.base);
  } catch {
    return undefined;
  }
  const allowed = options.allowMailto ? AUTHOR_PROTOCOLS : WEB_PROTOCOLS;
  if (!allowed.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') return MAIL_ADDRESS.test(url.href) ? url.href : undefined;
  return url.hostname === '' ? undefined : url.href;
}
