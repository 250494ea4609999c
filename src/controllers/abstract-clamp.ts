import type { ReactiveController, ReactiveControllerHost } from 'lit';

// One ResizeObserver for every card on the page, and one animation frame to measure all the
// cards that asked since the last: reading them one by one as they render would force a layout
// per card (50 cards, 50 layouts). Created on first use, so nothing runs on a server.
let observer: ResizeObserver | undefined;
const clampOf = new WeakMap<Element, AbstractClamp>();
const toMeasure = new Set<AbstractClamp>();

function measureBeforePaint(clamp: AbstractClamp): void {
  if (toMeasure.size === 0) {
    requestAnimationFrame(() => {
      const clamps = [...toMeasure];
      toMeasure.clear();
      for (const each of clamps) each.measure();
    });
  }
  toMeasure.add(clamp);
}

function sharedObserver(): ResizeObserver {
  // Measures in the next frame: changing the card inside the callback would re-trigger it.
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const clamp = clampOf.get(entry.target);
      if (clamp) measureBeforePaint(clamp);
    }
  });
  return observer;
}

/**
 * Whether a clamped abstract has more lines than it shows, so the card offers "Show more":
 * measured before the next paint (the button never appears a frame late and pushes the page),
 * and again when the width changes or a card skipped by `content-visibility` comes near. A list's
 * card added over a screen away from the viewport is measured a frame later, once the browser
 * has decided whether to lay it out, not at once: that would lay it out whole.
 */
export class AbstractClamp implements ReactiveController {
  private measured?: boolean;
  private observed?: HTMLElement;
  /** The abstract the element last held when it was asked to measure. */
  private observedText?: string;
  /** Whether a measure waited a frame, for the browser to decide whether it skips the host. */
  private waited = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The abstract's element, when the card shows one. */
    private readonly element: () => HTMLElement | undefined,
    /** The abstract's text: another one in the same element (another paper) is measured anew. */
    private readonly text: () => string | undefined,
    /** True while the reader has the whole abstract open: nothing to measure then. */
    private readonly expanded: () => boolean,
    /**
     * Whether the abstract overflows, before it was ever measured: a server's prerendered card
     * (and so its first render in the browser, which must match) has nothing to measure.
     */
    private readonly guess: () => boolean,
  ) {
    host.addController(this);
  }

  /** The abstract has more lines than it shows: measured, else guessed. */
  get overflows(): boolean {
    return this.measured ?? this.guess();
  }

  hostConnected(): void {
    this.host.addEventListener('contentvisibilityautostatechange', this.onVisibility);
    if (this.observed) this.observe(this.observed);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('contentvisibilityautostatechange', this.onVisibility);
    if (this.observed) sharedObserver().unobserve(this.observed);
    toMeasure.delete(this);
    // Added again, it is the browser's to decide again.
    this.waited = false;
  }

  hostUpdated(): void {
    const element = this.element();
    const text = this.text();
    if (element === this.observed) {
      // The same box may hold a text as tall as the last, which its observer does not report.
      if (element && text !== this.observedText) measureBeforePaint(this);
      this.observedText = text;
      return;
    }
    if (this.observed) sharedObserver().unobserve(this.observed);
    this.observed = element;
    this.observedText = text;
    if (element) {
      this.observe(element);
      measureBeforePaint(this);
    } else {
      // No abstract on screen, so nothing to update: the next one is guessed, then measured.
      this.measured = undefined;
    }
  }

  /** Measures again soon (after the abstract was collapsed). */
  remeasure(): void {
    measureBeforePaint(this);
  }

  measure(): void {
    const element = this.element();
    if (!element || this.expanded()) return;
    // A card skipped by content-visibility (far down a list) is measured when it comes near:
    // reading it now would force the layout the list saved. Until the browser first decides
    // whether to skip a card, it says the card is visible: one added far from the viewport waits
    // a frame for that decision, as reading it now would lay it out whole.
    if (element.checkVisibility?.({ contentVisibilityAuto: true }) === false) return;
    if (!this.waited && this.farOffScreen()) {
      this.waited = true;
      measureBeforePaint(this);
      return;
    }
    this.set(element.scrollHeight > element.clientHeight + 1);
  }

  /** Whether the host may be skipped by `content-visibility` and is over a screen away from view. */
  private farOffScreen(): boolean {
    if (getComputedStyle(this.host).getPropertyValue('content-visibility') !== 'auto') return false;
    const { top, bottom } = this.host.getBoundingClientRect();
    return top > 2 * innerHeight || bottom < -innerHeight;
  }

  private observe(element: HTMLElement): void {
    clampOf.set(element, this);
    sharedObserver().observe(element);
  }

  private set(overflows: boolean): void {
    const shown = this.overflows;
    this.measured = overflows;
    if (overflows !== shown) this.host.requestUpdate();
  }

  private readonly onVisibility = (event: Event) => {
    if (!(event as Event & { skipped?: boolean }).skipped) measureBeforePaint(this);
  };
}
