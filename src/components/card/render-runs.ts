import { html, type TemplateResult } from 'lit';
import { matchRanges } from '../../text/highlight.js';
import { markRuns, runsText, type TextRun } from '../../text/rich-text.js';

type Content = string | TemplateResult;

function renderRun(run: TextRun & { match: boolean }): Content {
  let content: Content = run.match ? html`<mark>${run.text}</mark>` : run.text;
  if (run.italic) content = html`<i>${content}</i>`;
  if (run.bold) content = html`<b>${content}</b>`;
  if (run.sub) content = html`<sub>${content}</sub>`;
  if (run.sup) content = html`<sup>${content}</sup>`;
  return content;
}

/**
 * Styled runs as Lit templates (`<i>`, `<b>`, `<sub>`, `<sup>`, never HTML strings), with the
 * search terms marked even where a match crosses from one run into the next. One piece (most
 * titles, names and abstracts) comes alone, not in a list: Lit gives each item of a list a part
 * and two markers of its own.
 */
export function renderRuns(
  runs: readonly TextRun[],
  terms: readonly string[],
): Content | Content[] {
  const ranges = terms.length > 0 ? matchRanges(runsText(runs), terms) : [];
  const pieces = markRuns(runs, ranges).map(renderRun);
  const [only] = pieces;
  return pieces.length === 1 && only !== undefined ? only : pieces;
}
