import type { FeedError } from '../data/feed-error.js';

/**
 * Where an element's feed stands: the one state the element renders, by an exhaustive switch.
 * Once something was shown, no failure takes it away: a failed refresh keeps it (`refreshError`).
 */
export type FeedState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | {
      status: 'ready';
      value: T;
      /** When what is shown was loaded (ms since the epoch): a stored copy keeps its own time. */
      loadedAt: number;
      /** A quiet refresh (or the revalidation of a stale stored copy) is on its way. */
      refreshing: boolean;
      /** Why the last refresh failed; what is shown stays. */
      refreshError?: FeedError;
      /** Sources that failed while the others loaded (`src` with several URLs). */
      failures: readonly FeedError[];
    }
  | { status: 'failed'; error: FeedError };

export type FeedEvent<T> =
  /** Nothing to load (no `src`). */
  | { type: 'reset' }
  /** A first load, or a new source: nothing of the old one may stay. */
  | { type: 'requested' }
  | {
      type: 'loaded';
      value: T;
      at: number;
      failures?: readonly FeedError[];
      /** A stored copy past its `cache-ttl`: shown, and revalidated at once. */
      stale?: boolean;
    }
  | { type: 'failed'; error: FeedError }
  /** A quiet reload of what is shown (refresh, Retry after papers were shown). */
  | { type: 'refreshRequested' }
  | { type: 'refreshed'; value: T; at: number; failures?: readonly FeedError[] }
  | { type: 'refreshFailed'; error: FeedError };

export const IDLE: FeedState<never> = { status: 'idle' };

/** The next state. Pure: tested without a DOM. */
export function reduceFeedState<T>(state: FeedState<T>, event: FeedEvent<T>): FeedState<T> {
  switch (event.type) {
    case 'reset':
      return IDLE;
    case 'requested':
      return { status: 'loading' };
    case 'loaded':
      return {
        status: 'ready',
        value: event.value,
        loadedAt: event.at,
        refreshing: event.stale === true,
        failures: event.failures ?? [],
      };
    case 'refreshed':
      return {
        status: 'ready',
        value: event.value,
        loadedAt: event.at,
        refreshing: false,
        failures: event.failures ?? [],
      };
    case 'refreshRequested':
      return state.status === 'ready'
        ? { ...state, refreshing: true, refreshError: undefined }
        : { status: 'loading' };
    case 'failed':
    case 'refreshFailed':
      // Papers on screen stay whatever failed; only a load with nothing to show is an error.
      return state.status === 'ready'
        ? { ...state, refreshing: false, refreshError: event.error }
        : { status: 'failed', error: event.error };
  }
}
