import { html, nothing } from 'lit';
import { skeletonRows } from '../../../styles/skeleton.styles.js';

/** The room of the search box, held while it waits for the papers. */
export const searchBarPlaceholder = html`<div class="bar search-bar" aria-hidden="true"></div>`;

/** The room of the "Show more" button, held while it waits for the papers. */
export const moreBarPlaceholder = html`<div class="bar more-bar" aria-hidden="true"></div>`;

/** What the skeleton is shaped by: the list's own settings. */
export interface SkeletonShape {
  perPage: number;
  limit?: number;
  cardVariant: string;
  groupBy: string;
  searchable: boolean;
}

/**
 * Placeholder cards laid out like the cards that replace them (rows of the same line heights),
 * so the page barely moves when they arrive: as many as a page shows, up to 20, with the search
 * box and the "Show more" button a page of them will have. `paperfeed-reserve.css` gives the
 * element this height before its script arrives: change both together.
 */
export function renderSkeleton(list: SkeletonShape) {
  const count = Math.min(list.perPage, list.limit ?? Infinity, 20);
  const compact = list.cardVariant === 'compact';
  const grouped = list.groupBy !== 'none';
  const cards = html`<div class="items">
    ${Array.from(
      { length: count },
      () =>
        html`<div class="skeleton-card skeleton-box ${compact ? 'compact' : ''}">
          ${skeletonRows(compact)}
        </div>`,
    )}
  </div>`;
  return html`${list.searchable ? searchBarPlaceholder : nothing}
    <div part="skeleton" class="skeleton pulsing" aria-hidden="true">
      ${
        grouped
          ? html`<div class="group">
              <div class="bar heading-bar"></div>
              ${cards}
            </div>`
          : cards
      }
    </div>
    ${list.perPage === Infinity ? nothing : moreBarPlaceholder}`;
}
