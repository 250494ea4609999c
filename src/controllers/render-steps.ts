import type { ReactiveController, ReactiveElement } from 'lit';
import { inNextTask } from '../base/next-task.js';

export interface RenderStepsOptions {
  /** Items that fill a screen: the task that renders them stops there, so that screen paints first. */
  first: () => number;
  /** Items a slice adds: the work done between two looks at the clock. */
  step: () => number;
  /** When the current task began work toward this render (reading its feed), if it did. */
  taskBegan?: () => number | undefined;
}

/**
 * What a task may spend on items, the next slice counted at the last one's time. It stays 15 ms
 * under the 50 ms that make a long task, for what the task does that the clock here does not see:
 * the microtasks and events after a render, the browser's style work on the new nodes.
 */
export const TASK_BUDGET_MS = 35;

/**
 * What a task may spend once the first screen is on: input then waits about this long at most, on
 * any CPU. On a phone's, where a card alone takes longer, that is a card a task, as before.
 */
export const LATER_TASK_BUDGET_MS = 10;

/**
 * Renders a long run of items in slices, as many a task as fit in its budget: on a fast CPU a
 * screenful in the task that has them, on a phone's a card or two a task (one render of 56 cold
 * cards is a task of over 500 ms at 4x CPU slowdown), so the page answers input and paints
 * between them. The task that completes the first screenful stops there, so it paints before the
 * rest; later tasks have a smaller budget, as the reader may be typing or scrolling by then. The
 * host's own first render, with its items already there, renders none of them: their first slice
 * goes in the next task (that render makes the host's templates, on a phone's CPU most of a task
 * by itself, and the first item makes its own, at a cost nothing here has measured yet).
 * Items already rendered stay allowed: a later search or sort renders at once, and "Show more"
 * adds its page slice by slice. Items none of which are on screen (another feed, given keys)
 * start again from the first screen: at a phone's CPU speed, 56 new cards are a 100 ms task.
 */
export class RenderSteps implements ReactiveController {
  private allowed?: number;
  /** Items the last render that had any showed, their keys, and how many it was asked for. */
  private shown = 0;
  private shownKeys = new Set<unknown>();
  private asked = 0;
  private waiting = false;
  /** When the current task's work began (its feed's parse, or its first slice), and this slice. */
  private taskStart = 0;
  private sliceStart = 0;
  /** Whether a screenful was rendered: until then a task stops there, so that screen paints first. */
  private screenFilled = false;
  /** Whether a slice asked for the coming update, in a task already counted. */
  private sliced = false;
  private cancelStep?: () => void;
  private stepTaken?: Promise<void>;
  private endStep = () => {};

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RenderStepsOptions,
  ) {
    host.addController(this);
  }

  /** Renders everything from now on (a prerendered element hydrates all it was given). */
  renderAll(): void {
    this.allowed = Infinity;
  }

  /**
   * How many of `wanted` items this render shows. `keys`, the items' keys in their order, tell
   * items on screen from new ones: none of them on screen (another feed), they render in slices
   * from the first screen, as the first items did.
   */
  take(wanted: number, keys?: readonly unknown[]): number {
    // A server (whose screen has no end) renders them all; a client starts from none.
    this.allowed ??= this.options.first() === Infinity ? Infinity : 0;
    if (keys && this.allowed !== Infinity && this.allNew(keys)) {
      this.allowed = this.shown = this.asked = 0;
      this.screenFilled = false;
    }
    // More items asked for than the last render was ("Show more", the first papers): a slice now,
    // unless the host renders for the first time: then its first slice waits for the next task.
    if (wanted > this.asked && this.host.hasUpdated)
      this.allowed = Math.max(this.allowed, this.shown + this.options.step());
    this.asked = wanted;
    this.shown = Math.min(wanted, this.allowed);
    this.waiting = this.shown < wanted;
    if (keys) this.shownKeys = new Set(keys.slice(0, this.shown));
    return this.shown;
  }

  private allNew(keys: readonly unknown[]): boolean {
    if (this.shownKeys.size === 0) return false;
    return !keys.slice(0, this.shown).some((key) => this.shownKeys.has(key));
  }

  /** Whether items wait for a later slice. */
  get pending(): boolean {
    return this.waiting;
  }

  hostUpdate(): void {
    // A render that shows no items (an empty search, an error) leaves nothing waiting.
    this.waiting = false;
    this.sliceStart = performance.now();
    // An update no slice asked for (new papers, a search, "Show more") starts a task's count, from
    // the work that led to it in this task (its feed's parse) if any.
    if (!this.sliced) this.taskStart = this.options.taskBegan?.() ?? this.sliceStart;
    this.sliced = false;
  }

  /**
   * The host's `updateComplete` once every slice has rendered: `update` is the host's own
   * `super.getUpdateComplete`, awaited again after each slice.
   */
  async completeAfter(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    // A slice waits for its task (`stepTaken`), or has asked for its update already (`sliced`).
    while (this.stepTaken || this.sliced) {
      await this.stepTaken;
      complete = await update();
    }
    return complete;
  }

  hostUpdated(): void {
    // Rendered out of the page (removed with an update pending): the rest waits for its return.
    if (!this.pending || this.cancelStep || !this.host.isConnected) return;
    this.stepTaken = new Promise((resolve) => (this.endStep = resolve));
    let cancelled = false;
    this.cancelStep = () => (cancelled = true);
    // The items just rendered render themselves in microtasks queued before this one.
    queueMicrotask(() => {
      if (!cancelled) this.afterSlice();
    });
  }

  private afterSlice(): void {
    const now = performance.now();
    const screenful = !this.screenFilled && this.shown >= this.options.first();
    const budget = this.screenFilled ? LATER_TASK_BUDGET_MS : TASK_BUDGET_MS;
    // The next slice is guessed to take as long as the last. The host's first render showed no
    // item: the first, whose cost is unknown, waits for the next task.
    const next = now - this.sliceStart;
    if (!screenful && this.shown > 0 && now - this.taskStart + next <= budget) {
      this.addSlice();
      return;
    }
    if (screenful) this.screenFilled = true;
    // A task of its own, after whatever the page queued meanwhile (input, its own scripts).
    this.cancelStep = inNextTask(() => {
      this.taskStart = performance.now();
      this.addSlice();
    });
  }

  private addSlice(): void {
    this.allowed = Math.max(this.allowed ?? 0, this.shown + this.options.step());
    this.sliced = true;
    this.host.requestUpdate();
    this.settleStep();
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
