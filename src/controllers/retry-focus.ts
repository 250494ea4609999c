import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RetryFocusOptions {
  /** Whether what Retry asked for is on its way. */
  loading: () => boolean;
  /** Focuses what came in the place of the failure (the first paper). */
  focusResult: () => void;
}

/**
 * Where the focus goes after Retry, which a retry takes off the page while it loads: once the load
 * is over, to Retry again if it failed again, else to what came (`focusResult`). Without it the
 * focus fell to the page's body, and a keyboard reader started again from the top of the page.
 */
export class RetryFocus implements ReactiveController {
  private pressed = false;
  private began = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly options: RetryFocusOptions,
  ) {
    host.addController(this);
  }

  /** `action`, as a Retry button's: the focus then follows its outcome. */
  retry(action: () => void): () => void {
    return () => {
      this.pressed = true;
      this.began = false;
      action();
    };
  }

  hostUpdated(): void {
    if (!this.pressed) return;
    if (this.options.loading()) {
      this.began = true;
      return;
    }
    if (!this.began) return;
    this.pressed = false;
    const again = this.host.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]');
    if (again) again.focus();
    // Once what came is rendered: a paper's card then has its link to take the focus.
    else void this.host.updateComplete.then(() => this.options.focusResult());
  }
}
