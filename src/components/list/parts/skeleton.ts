import { html } from 'lit';
import { skeletonRows } from '../../../styles/skeleton.styles.js';

/**
 * Placeholder cards laid out like the cards that replace them (rows of the same line heights),
 * so the page barely moves when they arrive.
 */
export function renderSkeleton(count: number, compact: boolean, grouped: boolean) {
  const cards = html`<div class="items">
    ${Array.from(
      { length: count },
      () =>
        html`<div class="skeleton-card ${compact ? 'compact' : ''}">${skeletonRows(compact)}</div>`,
    )}
  </div>`;
  return html`<div part="skeleton" class="skeleton" aria-hidden="true">
    ${
      grouped
        ? html`<div class="group">
            <div class="bar heading-bar"></div>
            ${cards}
          </div>`
        : cards
    }
  </div>`;
}
