import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { ReactiveControllerHost } from 'lit';

/** Tells a list when the reader scrolled near its end (`more="scroll"`). */
export class ListEnd {
  private readonly end: IntersectionController;
  private sentinel?: Element;
  private sentinelPass?: unknown;

  constructor(host: ReactiveControllerHost & HTMLElement, onEnd: () => void) {
    this.end = new IntersectionController(host, {
      target: null,
      config: { rootMargin: '600px' },
      callback: (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onEnd();
      },
    });
  }

  /**
   * Watches the element after the last card. `pass` changes with each page: observing anew
   * makes the observer report again if the end is still near.
   */
  watch(sentinel: Element | undefined, pass: unknown): void {
    if (sentinel === this.sentinel && pass === this.sentinelPass) return;
    if (this.sentinel) this.end.unobserve(this.sentinel);
    this.sentinel = sentinel;
    this.sentinelPass = pass;
    if (sentinel) this.end.observe(sentinel);
  }
}
