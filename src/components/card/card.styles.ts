import { css, unsafeCSS } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { themeTokens } from '../../styles/theme.js';

/** The most abstract lines `abstract-lines` takes; more reads as the full abstract. */
export const MAX_ABSTRACT_LINES = 12;

// Line counts come from a reflected attribute, not an inline style, so strict CSP pages work.
const abstractLineRules = unsafeCSS(
  Array.from(
    { length: MAX_ABSTRACT_LINES },
    (_, i) =>
      `:host([abstract-lines='${i + 1}']) .abstract.clamped { -webkit-line-clamp: ${i + 1}; line-clamp: ${i + 1}; }`,
  ).join('\n'),
);

export const cardStyles = [
  themeTokens('card'),
  sharedStyles,
  skeletonStyles,
  css`
    /* Flex columns, not grids: a grid sizes its track from each item's min- and max-content,
       laying out every text twice; lists of cards render noticeably faster without it. */
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      line-height: 1.5;
    }
    .thumbnail {
      /* An explicit width: WebKit takes the ratio from the width before the negative margins. */
      width: calc(100% + 2 * var(--_space));
      box-sizing: border-box;
      aspect-ratio: var(--paperfeed-card-thumbnail-aspect-ratio, 16 / 9);
      margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0;
      overflow: hidden;
      border-start-start-radius: var(--_radius);
      border-start-end-radius: var(--_radius);
      background: color-mix(in srgb, var(--_muted-text) 15%, transparent);
    }
    .thumbnail img {
      display: block;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    /* The paper's own text reads in its own direction (an English title on an Arabic page), and
       lines up with the card's side all the same: not match-parent, which Chromium resolves
       against the text's own direction. */
    .card:dir(ltr) [dir='auto'] {
      text-align: left;
    }
    .card:dir(rtl) [dir='auto'] {
      text-align: right;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
    }
    .venue {
      font-size: 0.8em;
      font-weight: 600;
      padding: 0.1em 0.6em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      color: var(--_muted-text);
    }
    .title {
      margin: 0;
      font-size: 1.125em;
      font-weight: 650;
      line-height: 1.3;
    }
    .title a {
      color: inherit;
      text-decoration: none;
    }
    .title a:hover {
      color: var(--_accent);
      text-decoration: underline;
    }
    .authors,
    .meta {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted-text);
    }
    .authors a {
      color: inherit;
    }
    .authors:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .member {
      color: var(--paperfeed-card-member-color, var(--paperfeed-member-color, var(--_text)));
      font-weight: 650;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .stat svg {
      width: 0.9em;
      height: 0.9em;
      margin-inline-end: 0.25em;
      vertical-align: -0.1em;
      fill: currentColor;
    }
    .abstract {
      margin: 0;
    }
    .abstract.clamped {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
    }
    ${abstractLineRules}
    .text-button {
      align-self: flex-start;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      font-size: 0.875em;
      text-decoration: underline;
      cursor: pointer;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tag {
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: color-mix(in srgb, var(--_accent) 12%, transparent);
      font-size: 0.8em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .links {
      display: contents;
    }
    .link,
    .copy {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.2em 0.75em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: none;
      color: var(--_accent);
      font: inherit;
      font-size: 0.875em;
      text-decoration: none;
      cursor: pointer;
    }
    .link:hover,
    .copy:hover {
      border-color: var(--_accent);
    }
    .compact {
      gap: 0.125em;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    }
    .compact .title {
      font-size: 1em;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }
    .compact .meta {
      font-size: 0.8em;
    }
    .error {
      color: var(--_danger);
    }
    .error > button {
      align-self: flex-start;
    }
    .error-detail {
      margin: 0;
      font-size: 0.875em;
      color: var(--_text);
    }
  `,
];
