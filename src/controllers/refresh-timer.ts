import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshTimerOptions {
  /** Seconds between refreshes; 0 or less for none. */
  seconds: () => number;
  /** Called on each tick while the page is visible. */
  refresh: () => void;
}

/**
 * Calls `refresh` every few seconds while the element is in the page and the page is visible: a
 * background tab is not polled, nobody is reading it. `schedule()` again when the period changes.
 */
export class RefreshTimer implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;

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
      if (document.visibilityState === 'visible') this.options.refresh();
    }, seconds * 1000);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
