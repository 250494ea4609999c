import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { ReactiveControllerHost } from 'lit';

/**
 * Whether an element came within 400 px of the viewport once: what `loading="lazy"` waits for.
 * The observer is made by the first `watch()`, so an element that never waits pays nothing.
 */
export class Approach {
  near = false;
  private observer?: IntersectionController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Starts watching for the host to come near, unless it already did. */
  watch(): void {
    if (this.near || !this.host.isConnected) return;
    this.observer ??= new IntersectionController(this.host, {
      target: null,
      config: { rootMargin: '400px' },
      callback: (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.observer?.unobserve(this.host);
      },
    });
    this.observer.observe(this.host);
  }
}
