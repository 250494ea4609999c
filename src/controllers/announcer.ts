import type { ReactiveControllerHost } from 'lit';

/**
 * The one polite live region of an element: what it last said (a count, "3 new papers", a
 * failed refresh). The element renders `text` in its `role="status"` region.
 */
export class Announcer {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  announce(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
