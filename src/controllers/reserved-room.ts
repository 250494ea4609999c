import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean; renderRoot: ParentNode };
type Viewport = { top: number; bottom: number };

/** Reader actions after which the element may change size: the move is theirs, not the page's. */
const ACTIONS = ['click', 'input'] as const;

/** Every scroll on the page, the page's own and its scrolling boxes'. */
const SCROLLS = { capture: true, passive: true };

/**
 * Rooms to let go above the viewport, one a frame, for every element of the page. Scroll
 * anchoring keeps the view still either way, but when two elements above the viewport change
 * size in one frame, Chromium counts the upper one's move as a layout shift of the lower one.
 */
const aboveInTurn = new Set<() => void>();
let turnComing = false;

function letGoInTurn(letGo: () => void): void {
  aboveInTurn.add(letGo);
  if (turnComing) return;
  turnComing = true;
  requestAnimationFrame(nextInTurn);
}

function nextInTurn(): void {
  const [letGo] = aboveInTurn;
  if (letGo) {
    aboveInTurn.delete(letGo);
    letGo();
  }
  turnComing = aboveInTurn.size > 0;
  if (turnComing) requestAnimationFrame(nextInTurn);
}

/**
 * Keeps the room an element held while it showed its placeholder (its skeleton, or the height
 * `paperfeed-reserve.css` gives it before its first render) once shorter content replaces it: a
 * feed with fewer papers than a page, cards without abstracts, an error message. What follows the
 * element then stays where the reader saw it. The room is let go where that cannot be seen: the
 * element below the viewport, or above it where the browser's scroll anchoring keeps the view
 * still and the page has room to do so; or when the reader acts on the element.
 */
export class ReservedRoom implements ReactiveController {
  private sizes?: ResizeObserver;
  private view?: IntersectionObserver;
  /** The `min-height` that holds the placeholder's room, as last laid out. */
  private room?: number;
  /** The host's own inline `min-height`, kept while the room is held. */
  private heldOver?: string;
  /** The host's content (`[part~="base"]`) while the room is held. */
  private content?: Element;

  constructor(
    private readonly host: Host,
    /** Whether the host can show a placeholder at all (a card only with `src`). */
    private readonly hasPlaceholder: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  private placeholderShown(): boolean {
    return (
      this.hasPlaceholder() &&
      (!this.host.hasUpdated || this.host.renderRoot.querySelector('[part~="skeleton"]') !== null)
    );
  }

  hostConnected(): void {
    if (this.placeholderShown()) this.measure();
  }

  hostUpdated(): void {
    if (this.placeholderShown()) return this.measure();
    this.sizes?.disconnect();
    const room = this.room;
    this.room = undefined;
    if (room !== undefined) this.hold(room);
  }

  hostDisconnected(): void {
    this.sizes?.disconnect();
    this.room = undefined;
    this.release();
  }

  private measure(): void {
    // Read where the page's style and layout are up to date anyway, not in a render's task.
    this.sizes ??= new ResizeObserver(([entry]) => {
      const border = entry?.borderBoxSize?.[0]?.blockSize;
      if (!entry || border === undefined) return;
      const computed = getComputedStyle(this.host);
      const room = computed.boxSizing === 'border-box' ? border : entry.contentRect.height;
      // A page's own larger min-height stays in force.
      this.room = Math.max(room, parseFloat(computed.minHeight) || 0);
    });
    this.sizes.observe(this.host);
  }

  private hold(room: number): void {
    if (this.heldOver !== undefined) return;
    // Without its content, nothing could tell when the room may go.
    this.content = this.host.renderRoot.querySelector('[part~="base"]') ?? undefined;
    if (!this.content) return;
    this.heldOver = this.host.style.minHeight;
    this.host.style.minHeight = `${room}px`;
    for (const action of ACTIONS) this.host.addEventListener(action, this.release, true);
    // The observer tells when the content comes into view or leaves it; a scroll that takes it
    // from above the viewport to below it in one jump crosses nothing it watches.
    addEventListener('scroll', this.onScroll, SCROLLS);
    this.view ??= new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) this.releaseOutOfSight(entry.boundingClientRect, entry.rootBounds ?? undefined);
      },
      { threshold: [0, 1] },
    );
    this.view.observe(this.content);
  }

  private readonly onScroll = () => {
    if (this.content) this.releaseOutOfSight(this.content.getBoundingClientRect());
  };

  /** Lets the room go if nothing the reader sees moves: at once below the viewport, in turn above. */
  private releaseOutOfSight(content: DOMRectReadOnly, viewport?: Viewport) {
    const sight = this.outOfSight(content, viewport);
    if (sight === 'below') this.release();
    else if (sight === 'above') letGoInTurn(this.releaseIfAbove);
  }

  /** Where the room below the content can go now without moving anything the reader sees. */
  private outOfSight(
    content: DOMRectReadOnly,
    viewport: Viewport = { top: 0, bottom: innerHeight },
  ) {
    // What follows the element is below the viewport, and stays there.
    if (content.bottom >= viewport.bottom) return 'below';
    // The whole element is above it: the browser's scroll anchoring keeps the view where it is,
    // if the page is long enough below the viewport to scroll by the room let go.
    const box = this.host.getBoundingClientRect();
    const page = document.documentElement;
    const above =
      box.bottom <= viewport.top &&
      CSS.supports('overflow-anchor', 'auto') &&
      page.scrollHeight - scrollY - innerHeight >= box.bottom - content.bottom;
    return above ? 'above' : undefined;
  }

  /** Its turn come, the room goes if the reader has not scrolled it into view meanwhile. */
  private readonly releaseIfAbove = () => {
    if (this.content && this.outOfSight(this.content.getBoundingClientRect())) this.release();
  };

  private readonly release = () => {
    aboveInTurn.delete(this.releaseIfAbove);
    if (this.heldOver === undefined) return;
    this.host.style.minHeight = this.heldOver;
    this.heldOver = undefined;
    for (const action of ACTIONS) this.host.removeEventListener(action, this.release, true);
    removeEventListener('scroll', this.onScroll, SCROLLS);
    this.view?.disconnect();
    this.content = undefined;
  };
}
