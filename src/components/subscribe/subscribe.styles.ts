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
    }
    :host(:lang(ar)) {
      --_cta-one-line: 27.9em;
      --_cta-two-lines: 17.5em;
    }
    :host(:lang(de)) {
      --_cta-one-line: 34.7em;
      --_cta-two-lines: 20.5em;
    }
    :host(:lang(es)) {
      --_cta-one-line: 30.9em;
      --_cta-two-lines: 18em;
    }
    :host(:lang(fr)) {
      --_cta-one-line: 35.3em;
      --_cta-two-lines: 20.5em;
    }
    :host(:lang(he)) {
      --_cta-one-line: 27.8em;
      --_cta-two-lines: 19em;
    }
    :host(:lang(it)) {
      --_cta-one-line: 36.4em;
      --_cta-two-lines: 21.5em;
    }
    :host(:lang(ja)) {
      --_cta-one-line: 22.75em;
      --_cta-two-lines: 12em;
    }
    :host(:lang(pt)) {
      --_cta-one-line: 39.3em;
      --_cta-two-lines: 23em;
    }
    :host(:is(:lang(ko), :lang(zh))) {
      --_cta-one-line: 0em;
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
    /* The card form's, in English words (any language Paperfeed ships no words for): its heading
       takes two lines under 29em wide (23.2em of its 1.25em), as it is wider than 15.5em in
       every font and fits in two that wide; its description two under 37.5em (19.5em wide) and
       three under 20.65em, where the fields stack (14.2em wide: narrower than half of it in
       every font but condensed faces, wide enough for a third of it in all). */
    .card .heading {
      max-width: max(12.4em, (100% - 23.2em) * 1000);
    }
    .card .description {
      max-width: max(14.2em, min(19.5em, 14.2em + (100% - 20.65em) * 1000), (100% - 37.5em) * 1000);
    }
    :host(
        :is(
          :lang(ar),
          :lang(de),
          :lang(es),
          :lang(fr),
          :lang(he),
          :lang(it),
          :lang(ja),
          :lang(ko),
          :lang(pt),
          :lang(zh)
        )
      )
      .card
      :is(.heading, .description) {
      max-width: none;
    }
    /* Under 22.75em wide the fields and the button each take a row of their own, where the
       widest fonts need it: in the inline form under 24.15em for the longer German, Spanish,
       French and Portuguese buttons. With the name field, under 35.2em the button takes a row of
       its own, where Firefox and WebKit need it. */
    :is(.inline, .card) .field {
      flex-basis: max(12em, (20.65em - 100%) * 1000);
    }
    :host(:is(:lang(de), :lang(es), :lang(fr), :lang(pt))) .inline .field {
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
