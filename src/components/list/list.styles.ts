import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { themeTokens } from '../../styles/theme.js';

export const listStyles = [
  themeTokens('list'),
  sharedStyles,
  skeletonStyles,
  css`
    .list {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      min-width: 0;
    }
    /* A forced theme cannot trust the page's background to match, so it brings its own. */
    :host([theme='light']) .list,
    :host([theme='dark']) .list {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .header:not(:has(*)) {
      display: none;
    }
    .feed-title {
      margin: 0;
    }
    .feed-description {
      margin: 0.25em 0 0;
      color: var(--_muted-text);
    }
    .controls {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .search input {
      width: 100%;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      /* A placeholder longer than a phone-wide box (French, Arabic) ends in "…", not mid-word. */
      text-overflow: ellipsis;
    }
    .date-nav {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
    }
    .date-nav .button {
      align-self: auto;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      opacity: 0.5;
      cursor: default;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
    }
    .chip,
    .button {
      padding: 0.25em 0.8em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
      font-size: 0.875em;
      cursor: pointer;
    }
    .chip[aria-pressed='true'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_surface);
    }
    .button {
      align-self: flex-start;
    }
    .more {
      align-self: center;
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }
    .group-heading {
      margin: 0;
      font-size: 1.25em;
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: var(--paperfeed-list-gap, 0.75em);
      min-width: 0;
    }
    /* Cards far from the viewport skip layout and paint until the reader scrolls near them (the
       platform's own virtualization, which keeps them searchable and in the accessibility tree):
       a list of 50 lays out only its first screen. A skipped card holds a guess for its variant
       (measured on the demo: full 256-284 px, compact 60-81 px at 16 px) until CardSizes gives it
       its own height; "auto" keeps the height it last had on screen. A card of the first screen
       is never skipped: one added there would be laid out first at the guess, then, in the same
       frame, at its own height, and Chromium counts both as shifts of what follows on screen. */
    :host {
      --_card-guess: var(--paperfeed-card-placeholder-height, 16.5em);
    }
    :host([card-variant='compact']) {
      --_card-guess: var(--paperfeed-card-placeholder-height, 4.5em);
    }
    .items:not(.virtual) > paperfeed-card {
      content-visibility: auto;
      contain-intrinsic-size: auto var(--_card-guess);
    }
    .items:not(.virtual) > paperfeed-card[data-first-screen],
    .items:not(.virtual) > paperfeed-card.measuring {
      content-visibility: visible;
    }
    /* The cards still to render hold the room they take when skipped. */
    .pending {
      height: calc(var(--_pending) * (var(--_card-guess) + var(--paperfeed-list-gap, 0.75em)));
    }
    .items.virtual {
      display: block;
    }
    .items.virtual > * {
      width: 100%;
      padding-block-end: var(--paperfeed-list-gap, 0.75em);
    }
    .status {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .status p {
      margin: 0;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      padding: calc(var(--_space) / 2) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted-text);
    }
    .error {
      color: var(--_danger);
    }
    .error p,
    .error ul {
      margin: 0;
      color: var(--_text);
    }
    .skeleton-card {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .skeleton-card.compact {
      gap: 0.125em;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    }
    .sentinel {
      height: 1px;
    }
  `,
];
