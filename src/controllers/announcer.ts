import type { ReactiveControllerHost } from 'lit';

/**
 * The one polite live region of an element: what it last said (a count, "3 new papers", a
 * failed refresh). The element renders `text` in its `role="status"` region.
 */
export class Announcer {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Says `text`, unless it was just said: a count that a search leaves as it was is not read
   * again. `again` for news that happened once more (a second failed refresh, "1 new paper" on
   * two refreshes): the region must change to be read, and a no-break space tells them apart.
   */
  announce(text: string, { again = false } = {}): void {
    if (text === this.text && !again) return;
    this.text = text === this.text ? `${text}\u00A0` : text;
    this.host.requestUpdate();
  }
}
