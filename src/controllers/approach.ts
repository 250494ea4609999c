import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What `loading="lazy"` waits for: whether an element may load its source. A lazy one may once it
 * came within 400 px of the viewport; one that was eager at an update has loaded (or begun to), so
 * a later `loading="lazy"` does not make it wait, as with an image. Its observer is made when a
 * lazy element first connects or updates, so an eager one pays nothing.
 */
export class Approach implements ReactiveController {
  ready = false;
  private observer?: IntersectionController;
  private watching = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lazy: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.lazy()) this.watch();
  }

  hostUpdate(): void {
    // An update is where a load begins: an element eager then never waits afterwards.
    if (!this.lazy()) this.ready = true;
    else this.watch();
  }

  hostDisconnected(): void {
    this.watching = false;
  }

  // Observed once a connection, not at every update.
  private watch(): void {
    if (this.ready || this.watching || !this.host.isConnected) return;
    this.watching = true;
    this.observer ??= new IntersectionController(this.host, {
      target: null,
      config: { rootMargin: '400px' },
      callback: (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.ready = true;
        this.observer?.unobserve(this.host);
      },
    });
    this.observer.observe(this.host);
  }
}
