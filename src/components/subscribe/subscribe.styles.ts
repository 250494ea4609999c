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
       paperfeed-reserve.css keeps for it fits: its heading (and the card's description) takes as
       many lines in every font at each width, by the language of its words. Widths are of the
       text's box, in the text's own em. From heading-from-1 the heading takes one line; under
       it, two, its box held to hold-2 at most; under from-2 the box is held to hold-3, and under
       from-3 to hold-4 (a language with fewer steps repeats its last). A hold is a width where
       the widest common font and the narrowest take as many lines: wide enough for the widest,
       too narrow for a line fewer in the narrowest. The description's widths 1 to 4 are each
       where a step starts and its hold. paperfeed-reserve.css reserves those lines at the same
       widths: change both together. (A width in % minus a length, times 1000, is a step at that
       length.) */
    :host {
      --_heading-from-1: 23.38em;
      --_heading-hold-2: 16em;
      --_heading-from-2: 11.63em;
      --_heading-hold-3: 11.63em;
      --_heading-from-3: 11.63em;
      --_heading-hold-4: 11.63em;
      --_description-1: 37.57em;
      --_description-2: 19.14em;
      --_description-3: 13.99em;
      --_description-4: 13.99em;
    }
    :host(:lang(ar)) {
      --_heading-from-1: 24.5em;
      --_heading-hold-2: 17.5em;
      --_heading-from-2: 13.26em;
      --_heading-hold-3: 9.46em;
      --_heading-from-3: 9.46em;
      --_heading-hold-4: 9.46em;
      --_description-1: 32.15em;
      --_description-2: 17.42em;
      --_description-3: 11.28em;
      --_description-4: 11.28em;
    }
    :host(:lang(de)) {
      --_heading-from-1: 30.99em;
      --_heading-hold-2: 20.5em;
      --_heading-from-2: 17.1em;
      --_heading-hold-3: 12.71em;
      --_heading-from-3: 12.71em;
      --_heading-hold-4: 8.99em;
      --_description-1: 44.78em;
      --_description-2: 24.24em;
      --_description-3: 16.17em;
      --_description-4: 12.24em;
    }
    :host(:lang(es)) {
      --_heading-from-1: 27.37em;
      --_heading-hold-2: 18em;
      --_heading-from-2: 13.75em;
      --_heading-hold-3: 7.3em;
      --_heading-from-3: 7.3em;
      --_heading-hold-4: 7.3em;
      --_description-1: 50.77em;
      --_description-2: 26.52em;
      --_description-3: 17.74em;
      --_description-4: 17.74em;
    }
    :host(:lang(fr)) {
      --_heading-from-1: 31.42em;
      --_heading-hold-2: 20.5em;
      --_heading-from-2: 18.04em;
      --_heading-hold-3: 11.38em;
      --_heading-from-3: 11.38em;
      --_heading-hold-4: 11.38em;
      --_description-1: 44.4em;
      --_description-2: 23.16em;
      --_description-3: 16.74em;
      --_description-4: 12.48em;
    }
    :host(:lang(he)) {
      --_heading-from-1: 24.42em;
      --_heading-hold-2: 19em;
      --_heading-from-2: 14.69em;
      --_heading-hold-3: 9.05em;
      --_heading-from-3: 9.05em;
      --_heading-hold-4: 9.05em;
      --_description-1: 34.16em;
      --_description-2: 18.65em;
      --_description-3: 12.42em;
      --_description-4: 12.42em;
    }
    :host(:lang(it)) {
      --_heading-from-1: 32.62em;
      --_heading-hold-2: 21.5em;
      --_heading-from-2: 17.67em;
      --_heading-hold-3: 11.72em;
      --_heading-from-3: 11.72em;
      --_heading-hold-4: 11.72em;
      --_description-1: 46.24em;
      --_description-2: 23.63em;
      --_description-3: 17.27em;
      --_description-4: 12.34em;
    }
    :host(:lang(ja)) {
      --_heading-from-1: 19.3em;
      --_heading-hold-2: 12em;
      --_heading-from-2: 10.22em;
      --_heading-hold-3: 10.22em;
      --_heading-from-3: 10.22em;
      --_heading-hold-4: 10.22em;
      --_description-1: 38.59em;
      --_description-2: 19.4em;
      --_description-3: 13.29em;
      --_description-4: 13.29em;
    }
    :host(:lang(ko)) {
      --_heading-from-1: 15.25em;
      --_heading-hold-2: 7.91em;
      --_heading-from-2: 7.91em;
      --_heading-hold-3: 7.91em;
      --_heading-from-3: 7.91em;
      --_heading-hold-4: 7.91em;
      --_description-1: 40.88em;
      --_description-2: 20.52em;
      --_description-3: 13.84em;
      --_description-4: 13.84em;
    }
    :host(:lang(pt)) {
      --_heading-from-1: 35.38em;
      --_heading-hold-2: 23em;
      --_heading-from-2: 18.38em;
      --_heading-hold-3: 9.66em;
      --_heading-from-3: 9.66em;
      --_heading-hold-4: 9.66em;
      --_description-1: 43.41em;
      --_description-2: 22.14em;
      --_description-3: 16.29em;
      --_description-4: 12.34em;
    }
    :host(:lang(zh)) {
      --_heading-from-1: 14.21em;
      --_heading-hold-2: 7.17em;
      --_heading-from-2: 7.17em;
      --_heading-hold-3: 7.17em;
      --_heading-from-3: 7.17em;
      --_heading-hold-4: 7.17em;
      --_description-1: 31.48em;
      --_description-2: 16.34em;
      --_description-3: 11.24em;
      --_description-4: 11.24em;
    }
    .heading,
    .description {
      text-wrap: balance;
    }
    .heading {
      max-width: max(
        (100% - var(--_heading-from-1)) * 1000,
        min(var(--_heading-hold-2), 100%, (100% - var(--_heading-from-2)) * 1000),
        min(var(--_heading-hold-3), 100%, (100% - var(--_heading-from-3)) * 1000),
        min(var(--_heading-hold-4), 100%)
      );
    }
    .description {
      max-width: max(
        (100% - var(--_description-1)) * 1000,
        min(var(--_description-2), (100% - var(--_description-2)) * 1000),
        min(var(--_description-3), (100% - var(--_description-3)) * 1000),
        min(var(--_description-4), 100%)
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
