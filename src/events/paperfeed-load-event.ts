import type { Feed, Paper } from '../data/paper.js';

/** Fired once when an element has loaded its feed (not when it was handed its data). */
export class PaperfeedLoadEvent extends Event {
  static readonly type = 'paperfeed-load';
  readonly feed: Feed;
  /** The paper a card shows, for a card. */
  readonly paper?: Paper;

  constructor(feed: Feed, paper?: Paper) {
    super(PaperfeedLoadEvent.type, { bubbles: true, composed: true });
    this.feed = feed;
    if (paper) this.paper = paper;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paperfeed-load': PaperfeedLoadEvent;
  }
}
