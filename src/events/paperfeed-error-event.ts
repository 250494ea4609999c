import type { FeedError } from '../data/feed-error.js';

/**
 * Fired for each failure to load a feed. The element shows it too: as its error state when there
 * was nothing to show, or as a quiet notice beside the papers it keeps.
 */
export class PaperfeedErrorEvent extends Event {
  static readonly type = 'paperfeed-error';
  readonly error: FeedError;
  /** True when papers were on screen and stay there (a failed refresh, page or source). */
  readonly papersKept: boolean;

  constructor(error: FeedError, papersKept = false) {
    super(PaperfeedErrorEvent.type, { bubbles: true, composed: true });
    this.error = error;
    this.papersKept = papersKept;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paperfeed-error': PaperfeedErrorEvent;
  }
}
