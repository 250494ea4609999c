import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshTimerOptions {
  /** Seconds between refreshes; 0 or less for none. */
  seconds: () => number;
  /** Called on each tick while the page is visible; false when it did not start a refresh. */
  refresh: () => boolean;
  /** The ids of the papers on screen, to tell the new ones when the refresh ends. */
  shownIds: () => Iterable<string>;
}

/**
 * Calls `refresh` every few seconds while the element is in the page and the page is visible (a
 * background tab is not polled: nobody is reading it), and tells how many papers each refresh
 * brought. `schedule()` again when the period changes.
 */
export class RefreshTimer implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;
  /** The papers shown when a refresh started. */
  private before?: Set<string>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RefreshTimerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  schedule(): void {
    this.stop();
    const seconds = Number(this.options.seconds());
    if (!(seconds > 0) || !this.connected) return;
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      const shown = new Set(this.options.shownIds());
      if (this.options.refresh()) this.before = shown;
    }, seconds * 1000);
  }

  /**
   * When a refresh of this timer ends, how many of `ids` are new ("3 new papers"); undefined for
   * a load it did not start. Call it for each load or failure.
   */
  newPapers(ids: Iterable<string>): number | undefined {
    const before = this.before;
    this.before = undefined;
    if (!before) return undefined;
    let fresh = 0;
    for (const id of ids) if (!before.has(id)) fresh++;
    return fresh;
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
