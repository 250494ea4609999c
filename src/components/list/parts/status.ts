import { html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../../../controllers/feed-state.js';
import type { Feed } from '../../../data/paper.js';
import { formatPaperDate } from '../../../text/dates.js';
import { refreshFailedMessage, type ListStrings } from '../list.strings.js';

const retryButton = (text: ListStrings, retry: () => void) =>
  html`<button part="retry-button" class="button" type="button" @click=${retry}>
    ${text.retry}
  </button>`;

// Readers see plain words in their language and Retry; the technical reason (status, CORS, URL)
// goes to the console and the `paperfeed-error` event, for the site owner.

/** Before any paper is shown: the skeleton, or the error when the first load failed. */
export function renderBeforePapers(
  status: FeedState<Feed>['status'] | 'waiting',
  skeleton: () => TemplateResult,
  text: ListStrings,
  retry: () => void,
) {
  switch (status) {
    case 'idle':
    case 'ready':
      return nothing;
    // A list with a source yet to load (lazy, away from the viewport) keeps its first page's room.
    case 'waiting':
    case 'loading':
      return skeleton();
    case 'failed':
      return renderLoadError(text, retry);
  }
}

/** Nothing to show: the feed could not be loaded at all. */
function renderLoadError(text: ListStrings, retry: () => void) {
  return html`<div part="status" class="status error" role="alert">
    <strong>${text.loadFailed}</strong>
    ${retryButton(text, retry)}
  </div>`;
}

/** Sources that failed while others loaded: said above the papers they could not add. */
export function renderSourceErrors(text: ListStrings, retry: () => void) {
  return html`<div part="status source-errors" class="status error" role="alert">
    <strong>${text.someSourcesFailed}</strong>
    ${retryButton(text, retry)}
  </div>`;
}

/**
 * A quiet word beside the papers that stay: a refresh or a next page that failed. Announced
 * through the list's live region, not as an alert: the reader loses nothing.
 */
export function renderNotice(message: string, text: ListStrings, retry: () => void) {
  return html`<div part="notice" class="notice">
    <span>${message}</span>
    ${retryButton(text, retry)}
  </div>`;
}

/** Why no paper shows: a search, pressed chips, an empty day under `date-nav`, or the feed. */
export type EmptyCause =
  | { kind: 'search'; query: string; clear: () => void }
  | { kind: 'chips'; clear: () => void }
  | { kind: 'day'; day: string }
  | { kind: 'feed' };

function clearButton(label: string, clear: () => void) {
  return html`<button part="clear-button" class="button" type="button" @click=${clear}>
    ${label}
  </button>`;
}

function emptyMessage(
  cause: EmptyCause,
  text: ListStrings,
  locale: string,
): [message: string, clear: TemplateResult | typeof nothing] {
  switch (cause.kind) {
    case 'search':
      return [
        text.noMatches.replaceAll('{query}', cause.query),
        clearButton(text.clearSearch, cause.clear),
      ];
    case 'chips':
      return [text.noFilterMatches, clearButton(text.clearFilters, cause.clear)];
    case 'day': {
      const day = formatPaperDate(cause.day, locale, { month: 'long', day: 'numeric' });
      return [day ? text.emptyDay.replaceAll('{date}', day) : text.empty, nothing];
    }
    case 'feed':
      return [text.empty, nothing];
  }
}

/** No papers, or none matching the search or the pressed chips, with the way back to some. */
export function renderEmpty(cause: EmptyCause, text: ListStrings, locale: string) {
  const [message, clear] = emptyMessage(cause, text, locale);
  return html`<div part="status" class="status empty">
    <p>${message}</p>
    ${clear}
  </div>`;
}

/** Beside papers that stay: a refresh that failed, and sources that failed while others loaded. */
export function renderKeptNotices(
  state: Extract<FeedState<Feed>, { status: 'ready' }>,
  text: ListStrings,
  locale: string,
  actions: { refresh: () => void; reload: () => void },
) {
  return html`${
    state.refreshError
      ? renderNotice(refreshFailedMessage(text, state.loadedAt, locale), text, actions.refresh)
      : nothing
  }
  ${state.failures.length > 0 ? renderSourceErrors(text, actions.reload) : nothing}`;
}
