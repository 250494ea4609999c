import { html, nothing } from 'lit';
import type { Paper } from '../../../data/paper.js';
import { whenIdle } from '../../../base/when-idle.js';
import { groupKey, searchText, tagCounts, type GroupDate } from '../arrange.js';
import type { ListStrings } from '../list.strings.js';

/** How many tag chips `filterable` offers, most used first. */
const MAX_TAG_CHIPS = 24;

/** The longest a search's preparation holds the page's thread at a time, in milliseconds. */
const PREPARE_SLICE_MS = 10;

/**
 * Makes the papers' search text while the page is idle, from when the reader comes to the search
 * box: the first word typed into a long list then finds it made.
 */
function prepareSearch(papers: readonly Paper[]): void {
  let next = 0;
  const slice = (idle?: IdleDeadline) => {
    const idleFor = idle && !idle.didTimeout ? idle.timeRemaining() : PREPARE_SLICE_MS;
    const end = performance.now() + Math.min(idleFor, PREPARE_SLICE_MS);
    for (; next < papers.length && performance.now() < end; next++) {
      const paper = papers[next];
      if (paper) searchText(paper);
    }
    if (next < papers.length) whenIdle(slice);
  };
  whenIdle(slice);
}

/** The search box: what it holds, the papers it searches, and what typing does. */
export interface SearchBox {
  query: string;
  papers: readonly Paper[];
  onInput: (query: string) => void;
}

export interface ControlsView {
  text: ListStrings;
  /** Undefined when the list is not `searchable`. */
  search?: SearchBox;
  /** Year chips, newest first, and which is pressed. */
  years: string[];
  selectedYear?: string;
  toggleYear: (year: string) => void;
  /** Tag chips, most used first, and which are pressed. */
  tags: string[];
  selectedTags: ReadonlySet<string>;
  toggleTag: (tag: string) => void;
}

function renderChip(label: string, pressed: boolean, toggle: () => void) {
  return html`<button
    part="chip"
    class="chip"
    type="button"
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${toggle}
  >
    ${label}
  </button>`;
}

/** The search box and the filter chips. */
export function renderControls(view: ControlsView) {
  const { text, search } = view;
  return html`<div part="controls" class="controls">
    ${
      search
        ? html`<label class="search">
            <span class="visually-hidden">${text.search}</span>
            <input
              part="search"
              type="search"
              .value=${search.query}
              placeholder=${text.searchPlaceholder}
              autocomplete="off"
              @focus=${() => prepareSearch(search.papers)}
              @input=${(event: InputEvent) => search.onInput((event.target as HTMLInputElement).value)}
            />
          </label>`
        : nothing
    }
    ${
      view.tags.length > 0 || view.years.length > 0
        ? html`<div part="chips" class="chips" role="group" aria-label=${text.filters}>
            ${view.years.map((year) =>
              renderChip(year, view.selectedYear === year, () => view.toggleYear(year)),
            )}
            ${view.tags.map((tag) =>
              renderChip(tag, view.selectedTags.has(tag), () => view.toggleTag(tag)),
            )}
          </div>`
        : nothing
    }
  </div>`;
}

/** The chips to offer for these papers: their most used tags, and their years, newest first. */
export function chipChoices(
  papers: readonly Paper[],
  offer: { tags: boolean; years: boolean; groupDate?: GroupDate; locale: string },
): { tags: string[]; years: string[] } {
  const years = offer.years
    ? [...new Set(papers.map((paper) => groupKey(paper, 'year', offer.groupDate)))]
        .filter((year) => year !== '')
        .sort()
        .reverse()
    : [];
  const tags = offer.tags
    ? tagCounts(papers, offer.locale)
        .slice(0, MAX_TAG_CHIPS)
        .map(([tag]) => tag)
    : [];
  return { tags, years };
}
