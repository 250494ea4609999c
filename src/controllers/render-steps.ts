import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inNextTask } from '../base/next-task.js';

export interface RenderStepsOptions {
  /** Items the first render may show: enough to fill a screen. */
  first: () => number;
  /** Items each later step adds. */
  step: () => number;
}

/**
 * Renders a long run of items over several tasks: a screenful in the update that has them, then
 * a few more in each later task, so that the page answers input and paints between steps (one
 * render of 56 cold cards is a task of over 500 ms on a phone's CPU). Items already rendered stay
 * allowed: a later search or sort renders at once, and "Show more" adds its page step by step.
 */
export class RenderSteps implements ReactiveController {
  private allowed?: number;
  /** Items the last render that had any showed. */
  private shown = 0;
  private waiting = false;
  private cancelStep?: () => void;
  private stepTaken?: Promise<void>;
  private endStep = () => {};

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RenderStepsOptions,
  ) {
    host.addController(this);
  }

  /** Renders everything from now on (a prerendered element hydrates all it was given). */
  renderAll(): void {
    this.allowed = Infinity;
  }

  /** How many of `wanted` items this render shows. */
  take(wanted: number): number {
    this.allowed ??= this.options.first();
    // More items than the last render showed ("Show more"): a step of them at once.
    if (wanted > this.shown) {
      this.allowed = Math.max(this.allowed, this.shown + this.options.step());
    }
    this.shown = Math.min(wanted, this.allowed);
    this.waiting = this.shown < wanted;
    return this.shown;
  }

  /** Whether items wait for a later step. */
  get pending(): boolean {
    return this.waiting;
  }

  hostUpdate(): void {
    // A render that shows no items (an empty search, an error) leaves nothing waiting.
    this.waiting = false;
  }

  /**
   * The host's `updateComplete` once every step has rendered: `update` is the host's own
   * `super.getUpdateComplete`, awaited again after each step.
   */
  async completeAfter(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    for (let step = this.stepTaken; step; step = this.stepTaken) {
      await step;
      complete = await update();
    }
    return complete;
  }

  hostUpdated(): void {
    if (!this.pending || this.cancelStep) return;
    this.stepTaken = new Promise((resolve) => (this.endStep = resolve));
    // A task of its own, after whatever the page queued meanwhile (input, its own scripts).
    this.cancelStep = inNextTask(() => {
      this.allowed = Math.max(this.allowed ?? 0, this.shown + this.options.step());
      this.host.requestUpdate();
      this.settleStep();
    });
  }

  private settleStep(): void {
    this.cancelStep?.();
    this.cancelStep = undefined;
    this.stepTaken = undefined;
    this.endStep();
  }

  hostConnected(): void {
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.settleStep();
  }
}
