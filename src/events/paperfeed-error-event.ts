import type { FeedError } from '../feed/feed-error.js';

/** Fired when an element could not load its feed; the element shows the error too. */
export class PaperfeedErrorEvent extends Event {
  static readonly type = 'paperfeed-error';
  readonly error: FeedError;

  constructor(error: FeedError) {
    super(PaperfeedErrorEvent.type, { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paperfeed-error': PaperfeedErrorEvent;
  }
}
