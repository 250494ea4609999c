import { css, html, nothing } from 'lit';

/**
 * The placeholder rows of a card still loading, shared by the card and the list. Their heights are
 * the line boxes of a card's rows (title, authors, meta, three abstract lines, "Show more", the
 * links row), so the page barely moves when the real card replaces them.
 */
export const skeletonStyles = css`
  .bar {
    height: 1.3125em;
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_muted-text) 20%, transparent);
  }
  /*
   * A placeholder of many cards pulses as one (\`pulsing\`), not bar by bar: a list's 20 cards
   * have over 120 bars, and as many animations at once doubled the layout of its first frame.
   */
  .bar,
  .pulsing {
    animation: pulse 1.6s ease-in-out infinite;
  }
  .pulsing .bar {
    animation: none;
  }
  .bar.title-bar {
    height: 1.46em;
    width: 70%;
  }
  .bar.short {
    width: 40%;
  }
  .bar.abstract-bar {
    height: 4.5em;
  }
  .bar.toggle-bar {
    width: 6em;
  }
  .bar.button-bar {
    height: 1.8em;
    width: 8em;
    border-radius: 999px;
  }
  /* The search box's height: its line, its padding and its border. */
  .bar.search-bar {
    height: calc(1lh + 1em + 2px);
    border-radius: var(--_radius);
  }
  /* The "Show more" button's: its smaller text's line, padding and border. */
  .bar.more-bar {
    font-size: 0.875em;
    height: calc(1lh + 0.5em + 2px);
    width: 7em;
    border-radius: 999px;
  }
  .bar.heading-bar {
    height: 1.875em;
    width: 5em;
  }
  /* A full card's title wraps to a second line on a phone; the placeholder does too. A page that
     knows its cards run taller (venues, long titles) gives the placeholder their height. */
  .skeleton-box {
    container-type: inline-size;
    box-sizing: border-box;
    height: var(--paperfeed-card-placeholder-height, auto);
    overflow: hidden;
  }
  .skeleton-box .abstract-bar {
    flex-grow: 1;
  }
  @container (max-width: 30em) {
    .bar.title-bar.wrapping {
      height: 2.925em;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar,
    .pulsing {
      animation: none;
    }
  }
`;

/** The rows of one card's placeholder, inside an element of class `skeleton-box`. */
export function skeletonRows(compact: boolean) {
  return html`<div class="bar title-bar ${compact ? '' : 'wrapping'}"></div>
    <div class="bar short"></div>
    ${
      compact
        ? nothing
        : html`<div class="bar short"></div>
            <div class="bar abstract-bar"></div>
            <div class="bar toggle-bar"></div>
            <div class="bar button-bar"></div>`
    }`;
}
