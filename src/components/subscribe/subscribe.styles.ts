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
    /* The inline form's height must not depend on the page's font, so that the room
       paperfeed-reserve.css keeps for it fits. Under 26.5em wide the English call to action
       takes one line in some fonts and two in others: it takes two in all (16em is narrower
       than it is in any common font, wide enough for half of it in all). Under 22.75em the
       fields and the button each take a row of their own, where the widest fonts need it; with
       the name field, under 35.2em the button takes a row of its own, where Firefox and WebKit
       need it. (A width in % minus a length, times 1000, is a step at that length.) */
    :host(:lang(en)) .inline .heading {
      max-width: max(16em, (100% - 23.2em) * 1000);
      text-wrap: balance;
    }
    /* The card's, likewise: its English heading takes two lines under 29em wide (23.2em of its
       1.25em), as it is wider than 15.5em in every font and fits in two that wide; its
       description two under 37.5em (19.5em wide) and three under 20.65em, where the fields
       stack (14.2em wide: narrower than half of it in every font but condensed faces, wide
       enough for a third of it in all). Its fields wrap as the inline form's. */
    :host(:lang(en)) .card .heading {
      max-width: max(12.4em, (100% - 23.2em) * 1000);
      text-wrap: balance;
    }
    :host(:lang(en)) .card .description {
      max-width: max(14.2em, min(19.5em, 14.2em + (100% - 20.65em) * 1000), (100% - 37.5em) * 1000);
      text-wrap: balance;
    }
    :is(.inline, .card) .field {
      flex-basis: max(12em, (20.65em - 100%) * 1000);
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
