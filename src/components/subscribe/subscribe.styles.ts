import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';
import { themeTokens } from '../../styles/theme.js';

export const subscribeStyles = [
  themeTokens('subscribe'),
  sharedStyles,
  css`
    .subscribe {
      display: grid;
      gap: 0.5em;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      line-height: 1.4;
    }
    .waiting {
      visibility: hidden;
    }
    .heading {
      margin: 0;
      font-weight: 650;
      font-size: 1.05em;
    }
    .card .heading {
      font-size: 1.25em;
    }
    /* The form's height must not depend on the page's font, so that the room
       paperfeed-reserve.css keeps for it fits: where its call to action takes one line in some
       fonts and two in others, it takes two in all. By the language of its words, the form's
       width from which it takes one line in every font (the widths paperfeed-reserve.css has:
       change both together), and the width it is held to under it, in its own em: narrower
       than it is in the narrowest common font, wide enough for half of it in the widest. Chinese
       and Korean take one line from 320 px. (A width in % minus a length, times 1000, is a step
       at that length.) */
    :host {
      --_cta-one-line: 26.5em;
      --_cta-two-lines: 16em;
      --_card-heading-1: 23.38em;
      --_card-heading-2: 11.63em;
      --_card-heading-3: 11.63em;
      --_card-heading-4: 11.63em;
      --_card-description-1: 37.57em;
      --_card-description-2: 19.14em;
      --_card-description-3: 13.99em;
      --_card-description-4: 13.99em;
    }
    :host(:lang(ar)) {
      --_cta-one-line: 27.9em;
      --_cta-two-lines: 17.5em;
      --_card-heading-1: 24.5em;
      --_card-heading-2: 13.26em;
      --_card-heading-3: 9.46em;
      --_card-heading-4: 9.46em;
      --_card-description-1: 32.15em;
      --_card-description-2: 17.42em;
      --_card-description-3: 11.28em;
      --_card-description-4: 11.28em;
    }
    :host(:lang(de)) {
      --_cta-one-line: 34.7em;
      --_cta-two-lines: 20.5em;
      --_card-heading-1: 30.99em;
      --_card-heading-2: 17.1em;
      --_card-heading-3: 12.71em;
      --_card-heading-4: 8.99em;
      --_card-description-1: 44.78em;
      --_card-description-2: 24.24em;
      --_card-description-3: 16.17em;
      --_card-description-4: 12.24em;
    }
    :host(:lang(es)) {
      --_cta-one-line: 30.9em;
      --_cta-two-lines: 18em;
      --_card-heading-1: 27.37em;
      --_card-heading-2: 13.75em;
      --_card-heading-3: 7.3em;
      --_card-heading-4: 7.3em;
      --_card-description-1: 50.77em;
      --_card-description-2: 26.52em;
      --_card-description-3: 17.74em;
      --_card-description-4: 17.74em;
    }
    :host(:lang(fr)) {
      --_cta-one-line: 35.3em;
      --_cta-two-lines: 20.5em;
      --_card-heading-1: 31.42em;
      --_card-heading-2: 18.04em;
      --_card-heading-3: 11.38em;
      --_card-heading-4: 11.38em;
      --_card-description-1: 44.4em;
      --_card-description-2: 23.16em;
      --_card-description-3: 16.74em;
      --_card-description-4: 12.48em;
    }
    :host(:lang(he)) {
      --_cta-one-line: 27.8em;
      --_cta-two-lines: 19em;
      --_card-heading-1: 24.42em;
      --_card-heading-2: 14.69em;
      --_card-heading-3: 9.05em;
      --_card-heading-4: 9.05em;
      --_card-description-1: 34.16em;
      --_card-description-2: 18.65em;
      --_card-description-3: 12.42em;
      --_card-description-4: 12.42em;
    }
    :host(:lang(it)) {
      --_cta-one-line: 36.4em;
      --_cta-two-lines: 21.5em;
      --_card-heading-1: 32.62em;
      --_card-heading-2: 17.67em;
      --_card-heading-3: 11.72em;
      --_card-heading-4: 11.72em;
      --_card-description-1: 46.24em;
      --_card-description-2: 23.63em;
      --_card-description-3: 17.27em;
      --_card-description-4: 12.34em;
    }
    :host(:lang(ja)) {
      --_cta-one-line: 22.75em;
      --_cta-two-lines: 12em;
      --_card-heading-1: 19.3em;
      --_card-heading-2: 10.22em;
      --_card-heading-3: 10.22em;
      --_card-heading-4: 10.22em;
      --_card-description-1: 38.59em;
      --_card-description-2: 19.4em;
      --_card-description-3: 13.29em;
      --_card-description-4: 13.29em;
    }
    :host(:lang(pt)) {
      --_cta-one-line: 39.3em;
      --_cta-two-lines: 23em;
      --_card-heading-1: 35.38em;
      --_card-heading-2: 18.38em;
      --_card-heading-3: 9.66em;
      --_card-heading-4: 9.66em;
      --_card-description-1: 43.41em;
      --_card-description-2: 22.14em;
      --_card-description-3: 16.29em;
      --_card-description-4: 12.34em;
    }
    :host(:lang(ko)) {
      --_cta-one-line: 0em;
      --_card-heading-1: 15.25em;
      --_card-heading-2: 7.91em;
      --_card-heading-3: 7.91em;
      --_card-heading-4: 7.91em;
      --_card-description-1: 40.88em;
      --_card-description-2: 20.52em;
      --_card-description-3: 13.84em;
      --_card-description-4: 13.84em;
    }
    :host(:lang(zh)) {
      --_cta-one-line: 0em;
      --_card-heading-1: 14.21em;
      --_card-heading-2: 7.17em;
      --_card-heading-3: 7.17em;
      --_card-heading-4: 7.17em;
      --_card-description-1: 31.48em;
      --_card-description-2: 16.34em;
      --_card-description-3: 11.24em;
      --_card-description-4: 11.24em;
    }
    .heading,
    .description {
      text-wrap: balance;
    }
    /* Its box is the form's less the form's padding and border (2.125em), in its own em (1.05). */
    .inline .heading {
      max-width: max(
        var(--_cta-two-lines),
        (100% - (var(--_cta-one-line) - 2.125em) / 1.05) * 1000
      );
    }
    /* The card form's heading and description likewise take as many lines in every font, by
       the width of their box in their own em: one line from width 1; under it, the box is held
       to width 2, where the widest font needs no more lines than the narrowest; under width 2,
       to width 3; under width 3, to width 4; and under width 4 it is the box's own. (A language
       with fewer steps repeats its last.) paperfeed-reserve.css reserves the lines each step
       gives: change both together. */
    .card .heading {
      max-width: max(
        (100% - var(--_card-heading-1)) * 1000,
        min(var(--_card-heading-2), (100% - var(--_card-heading-2)) * 1000),
        min(var(--_card-heading-3), (100% - var(--_card-heading-3)) * 1000),
        min(var(--_card-heading-4), 100%)
      );
    }
    .card .description {
      max-width: max(
        (100% - var(--_card-description-1)) * 1000,
        min(var(--_card-description-2), (100% - var(--_card-description-2)) * 1000),
        min(var(--_card-description-3), (100% - var(--_card-description-3)) * 1000),
        min(var(--_card-description-4), 100%)
      );
    }
    /* Under 22.75em wide the fields and the button each take a row of their own, where the
       widest fonts need it: under 24.15em for the longer German, Spanish, French and Portuguese
       buttons. With the name field, under 35.2em the button takes a row of its own, where
       Firefox and WebKit need it. */
    :is(.inline, .card) .field {
      flex-basis: max(12em, (20.65em - 100%) * 1000);
    }
    :host(:is(:lang(de), :lang(es), :lang(fr), :lang(pt))) :is(.inline, .card) .field {
      flex-basis: max(12em, (22.05em - 100%) * 1000);
    }
    :host([ask-name]) :is(.inline, .card) .field.email {
      flex-basis: max(12em, min(100% - 12.5em, (33.08em - 100%) * 1000), (20.65em - 100%) * 1000);
    }
    .description,
    .fine-print {
      margin: 0;
      color: var(--_muted-text);
    }
    .fine-print {
      font-size: 0.8em;
    }
    .fine-print:not(:has(*)) {
      display: none;
    }
    form {
      display: grid;
      gap: 0.5em;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5em;
    }
    .field {
      display: grid;
      gap: 0.2em;
      flex: 1 1 12em;
      min-width: 0;
    }
    .label {
      font-size: 0.875em;
      font-weight: 600;
    }
    input[type='email'],
    input[type='text'] {
      width: 100%;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.66);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    button {
      padding: 0.55em 1.2em;
      border: 0;
      border-radius: calc(var(--_radius) * 0.66);
      background: var(--_accent);
      color: var(--_surface);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.7;
      cursor: progress;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.25em;
      font-size: 0.875em;
      font-weight: 600;
    }
    .choice,
    .consent {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-size: 0.9em;
    }
    .field-error,
    .message.error {
      margin: 0;
      color: var(--_danger);
      font-size: 0.875em;
    }
    .message {
      margin: 0;
    }
    .message:empty {
      display: none;
    }
    .message.success {
      font-weight: 600;
    }
    .trap {
      position: absolute;
      inset-inline-start: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
  `,
];
