import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../base/when-idle.js';

/** A list card laid out once at its own size, which it now holds while skipped. */
const SIZED = 'sized';
/** A list card laid out off screen for a moment, to learn its size. */
const MEASURING = 'measuring';

/** Cards laid out per step: a few frames each, between which the page stays responsive. */
const BATCH = 8;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Gives each of a list's cards its own height to hold while `content-visibility: auto` skips it
 * off screen. Skipped cards first hold a guess per variant (the list's first render lays out only
 * its first screen); after that render, a few cards at a time are laid out off screen while the
 * page is idle and keep the height they had, "Show more" button included. Without this, a page of
 * compact or two-line cards grew or shrank as the reader scrolled through it, its scrollbar
 * jumping, in every engine (WebKit does not even remember a size it never rendered).
 */
export class CardSizes implements ReactiveController {
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly options: {
      /** The cards, in the host's render root. */
      cards: string;
      /** Whether every card to show is rendered: measuring waits for that. */
      settled: () => boolean;
    },
  ) {
    host.addController(this);
  }

  private cards(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.options.cards)];
  }

  hostUpdated(): void {
    if (this.running || !this.options.settled()) return;
    this.running = true;
    whenIdle(() => void this.measureSome());
  }

  hostDisconnected(): void {
    this.running = false;
  }

  private async measureSome(): Promise<void> {
    const unsized = this.cards().filter((card) => !card.classList.contains(SIZED));
    if (!this.running || unsized.length === 0) {
      this.running = false;
      return;
    }
    // Cards on screen are laid out already: read as they are. Making one of them `visible` for a
    // moment would count as a layout shift in Chromium, as if it had just appeared. Those off
    // screen are laid out on purpose: one just added may not be skipped yet, but holds the guess.
    const shown = unsized.filter(isOnScreen);
    const batch = shown.length > 0 ? shown : unsized.slice(0, BATCH);
    if (shown.length === 0) for (const card of batch) card.classList.add(MEASURING);
    // Frame 1 lays the cards out, frame 2 lets each abstract's clamp add its "Show more", frame 3
    // lays that out: a card read before its clamp measured would hold the guess's height.
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    // A card scrolled off screen meanwhile may be skipped already: it is measured in a later batch.
    const measured = shown.length > 0 ? batch.filter(isOnScreen) : batch;
    const heights = measured.map((card) => card.getBoundingClientRect().height);
    measured.forEach((card, index) => {
      const height = heights[index] ?? 0;
      if (height > 0) {
        card.style.containIntrinsicHeight = `auto ${height}px`;
        card.classList.add(SIZED);
      }
      card.classList.remove(MEASURING);
    });
    // A list out of the layout (display: none) lays nothing out: tried again on its next update.
    if (measured.length > 0 && heights.every((height) => height === 0)) this.running = false;
    else whenIdle(() => void this.measureSome());
  }
}

/** Whether the card is in the viewport: laid out as the reader sees it. */
function isOnScreen(card: HTMLElement): boolean {
  const { top, bottom } = card.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}
