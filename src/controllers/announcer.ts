import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The one polite live region of an element: what it last said (a count, "3 new papers", a
 * failed refresh). The element renders `text` in its `role="status"` region.
 */
export class Announcer implements ReactiveController {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}
}
