import type { ReactiveControllerHost } from 'lit';

/**
 * The one polite live region of an element: what it last said (a count, "3 new papers", a
 * failed refresh). The element renders `text` in its `role="status"` region. A message is kept
 * as the function that words it, so it is worded anew in the element's current language.
 */
export class Announcer {
  private message = () => '';
  /** Set when the same words were said again: a no-break space tells the two apart. */
  private repeated = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get text(): string {
    const text = this.message();
    return this.repeated ? `${text}\u00A0` : text;
  }

  /**
   * Says what `message` words, unless it was just said: a count that a search leaves as it was
   * is not read again.
   */
  announce(message: () => string): void {
    if (message() !== this.message()) this.say(message, false);
  }

  /**
   * Says news that happened once more (a second failed refresh, "1 new paper" on two refreshes):
   * the region must change to be read.
   */
  announceAgain(message: () => string): void {
    this.say(message, message() === this.message() && !this.repeated);
  }

  private say(message: () => string, repeated: boolean): void {
    this.message = message;
    this.repeated = repeated;
    this.host.requestUpdate();
  }
}
