/** What went wrong while loading or reading a feed. */
export type FeedErrorKind =
  'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'format' | 'aborted';

export interface FeedErrorDetails {
  /** The HTTP status, for `kind: 'http'`. */
  status?: number;
  /** The URL that was requested, when there was one. */
  url?: string;
  cause?: unknown;
}

/**
 * The one error `parseFeed` and `loadFeed` throw. Its `message` is written for a site owner and
 * says what to change ("items must be an array, got a string").
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly status?: number;
  readonly url?: string;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.url !== undefined) this.url = details.url;
  }
}

/** `error` as a FeedError: itself when it is one, else a network error about `url`. */
export function asFeedError(error: unknown, url: string): FeedError {
  return error instanceof FeedError
    ? error
    : new FeedError('network', String(error), { url, cause: error });
}
