import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { ReactiveControllerHost } from 'lit';
import { Approach } from './approach.js';

/**
 * Where a list is against the viewport: whether it came near (`loading="lazy"` waits for that),
 * and whether the reader scrolled near its end (`more="scroll"`).
 */
export class Viewport {
  private readonly approach: Approach;
  private readonly end: IntersectionController;
  private sentinel?: Element;
  private sentinelPass?: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, onEnd: () => void) {
    this.approach = new Approach(host);
    this.end = new IntersectionController(host, {
      target: null,
      config: { rootMargin: '600px' },
      callback: (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onEnd();
      },
    });
  }

  /** The host came within 400 px of the viewport once. */
  get near(): boolean {
    return this.approach.near;
  }

  /** Starts watching for the host to come near, unless it already did. */
  watchApproach(): void {
    this.approach.watch();
  }

  /**
   * Watches the element after the last card. `pass` changes with each page: observing anew
   * makes the observer report again if the end is still near.
   */
  watchEnd(sentinel: Element | undefined, pass: unknown): void {
    if (sentinel === this.sentinel && pass === this.sentinelPass) return;
    if (this.sentinel) this.end.unobserve(this.sentinel);
    this.sentinel = sentinel;
    this.sentinelPass = pass;
    if (sentinel) this.end.observe(sentinel);
  }
}
