import { html, nothing } from 'lit';
import { listSeparator, numberFormat } from '../../base/intl-cache.js';
import { plural } from '../../base/plural.js';
import { canCite } from '../../data/citation/bibtex.js';
import type { Paper } from '../../data/paper.js';
import { safeUrl } from '../../data/url.js';
import { skeletonRows } from '../../styles/skeleton.styles.js';
import { formatPaperDate } from '../../text/dates.js';
import { foldForSearch } from '../../text/fold.js';
import type { TextRun } from '../../text/rich-text.js';
import type { CardStrings } from './card.strings.js';

// Paths drawn in a 16 × 16 box: an up arrow, a speech bubble, a closing quotation mark ("cited by").
const UPVOTE_ICON = 'M8 2 14 10H10V14H6V10H2Z';
const COMMENT_ICON = 'M2 3h12v8H6l-4 3z';
const CITATION_ICON = 'M3 3h4v4l-2 6H3l1.5-6H3zM9 3h4v4l-2 6H9l1.5-6H9z';

/**
 * The room of a card whose paper is on its way, busy with `status` said. A lazy card that only
 * waits to near the viewport is not busy and has no status region: one made with its words when
 * the load begins is not read out, so a reader scrolling past many cards is not told of each.
 */
export function renderSkeleton(compact: boolean, busy: boolean, status: string | undefined) {
  return html`<div
    part="base skeleton"
    class="card skeleton skeleton-box"
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${busy ? html`<span class="visually-hidden" role="status">${status ?? nothing}</span>` : nothing}
    ${skeletonRows(compact)}
  </div>`;
}

export interface AuthorsView {
  text: CardStrings;
  locale: string;
  /** Names shown before "+N more". */
  max: number;
  /** Names set in bold (`highlight-authors`). */
  members: readonly string[];
  expanded: boolean;
  expand: () => void;
  /** The search's highlight of a name. */
  mark: (runs: readonly TextRun[]) => unknown;
}

/**
 * Items with each run of plain text joined into one string: Lit gives every item of a list a part
 * and two markers of its own, and most author lists are plain names and commas.
 */
function joinText(items: readonly unknown[]): unknown[] {
  const joined: unknown[] = [];
  for (const item of items.flat()) {
    const last = joined.length - 1;
    if (typeof item === 'string' && typeof joined[last] === 'string') joined[last] += item;
    else joined.push(item);
  }
  return joined;
}

/**
 * The authors' names, linked where they have a page, the first `max` until expanded; or their
 * count where the feed names none.
 */
export function renderAuthors(paper: Paper, view: AuthorsView) {
  const { text, locale } = view;
  const authors = paper.authors ?? [];
  const count = Math.max(paper.authorCount ?? 0, authors.length);
  if (authors.length === 0) {
    return count > 0
      ? html`<p part="authors" class="authors">${plural(text.authorCount, count, locale)}</p>`
      : nothing;
  }
  const shown = view.expanded ? authors : authors.slice(0, Math.max(1, view.max));
  const hiddenNamed = authors.length - shown.length;
  const unnamed = count - authors.length;
  const members = new Set(view.members.map(foldForSearch));
  const separator = listSeparator(locale);
  const names = joinText(
    shown.flatMap((author, i) => {
      const url = safeHref(author.url);
      const marked = view.mark([{ text: author.name }]);
      const name =
        members.size > 0 && members.has(foldForSearch(author.name))
          ? html`<strong part="member" class="member">${marked}</strong>`
          : marked;
      return [i > 0 ? separator : '', url ? html`<a href=${url}>${name}</a>` : name];
    }),
  );
  // Expanded, the names take the focus from the button they replace.
  return html`<p
    part="authors"
    class="authors"
    dir="auto"
    tabindex=${view.expanded ? '-1' : nothing}
  >
    ${names}
    ${
      hiddenNamed > 0
        ? html` <button
            part="authors-toggle"
            class="text-button"
            type="button"
            aria-expanded="false"
            @click=${view.expand}
          >
            ${plural(text.moreAuthors, count - shown.length, locale)}
          </button>`
        : unnamed > 0
          ? ` ${plural(text.unnamedAuthors, unnamed, locale)}`
          : nothing
    }
  </p>`;
}

/**
 * A card whose paper could not load: plain words and Retry. The reason is for the site owner
 * (console, `paperfeed-error`).
 */
export function renderLoadError(text: CardStrings, retry: () => void) {
  return html`<div part="base error" class="card error" role="alert">
    <strong>${text.loadFailed}</strong>
    <button part="retry-button" class="copy" type="button" @click=${retry}>${text.retry}</button>
  </div>`;
}

/** Only http(s) and mailto reach an `href`, whatever was put in `.paper`. */
export const safeHref = (url: string | undefined) => safeUrl(url, { allowMailto: true });

function renderStat(
  icon: string,
  count: number | undefined,
  label: CardStrings['upvotes'],
  locale: string,
) {
  if (count === undefined) return nothing;
  return html`<span class="stat"
    ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${icon} /></svg
    ><span aria-hidden="true">${numberFormat(locale).format(count)}</span
    ><span class="visually-hidden">${plural(label, count, locale)}</span></span
  > `;
}

/** The date and the counts, each in a place of its own; a compact card adds the author count. */
export function renderMeta(paper: Paper, compact: boolean, text: CardStrings, locale: string) {
  const { published, upvotes, comments, citations } = paper;
  const authorCount = Math.max(paper.authorCount ?? 0, paper.authors?.length ?? 0);
  const byline = compact && authorCount > 0;
  const counted = upvotes !== undefined || comments !== undefined || citations !== undefined;
  if (!byline && !published && !counted) return nothing;
  const votes = renderStat(UPVOTE_ICON, upvotes, text.upvotes, locale);
  const talk = renderStat(COMMENT_ICON, comments, text.comments, locale);
  const cited = renderStat(CITATION_ICON, citations, text.citations, locale);
  const authors = byline
    ? html`<span>${plural(text.authorCount, authorCount, locale)}</span>`
    : nothing;
  const date = published
    ? html`<time part="date" datetime=${published}>${formatPaperDate(published, locale)}</time>`
    : nothing;
  const stats = counted
    ? html`<span part="stats" class="stats">${votes}${talk}${cited}</span>`
    : nothing;
  return html`<p part="meta" class="meta">${authors}${date}${stats}</p>`;
}

export function renderTags(paper: Paper, text: CardStrings) {
  if (!paper.tags?.length) return nothing;
  return html`<ul part="tags" class="tags" aria-label=${text.tags}>
    ${paper.tags.map((tag) => html`<li part="tag" class="tag" dir="auto">${tag}</li>`)}
  </ul>`;
}

/** PDF, arXiv, code (with its stars), project page, DOI, and "Copy citation". */
export function renderLinks(
  paper: Paper,
  text: CardStrings,
  locale: string,
  options: { target?: string; copyCitation: () => void },
) {
  const { pdf, arxiv, code, project, doi } = paper.links ?? {};
  const entries: [string | undefined, unknown][] = [
    [pdf, text.pdf],
    [arxiv === paper.url ? undefined : arxiv, text.arxiv],
    [
      code?.url,
      code?.stars === undefined
        ? text.code
        : html`${text.code}
            <span aria-hidden="true">★ ${numberFormat(locale).format(code.stars)}</span
            ><span class="visually-hidden">, ${plural(text.stars, code.stars, locale)}</span>`,
    ],
    [project, text.project],
    [doi, text.doi],
  ];
  const { target } = options;
  const links = entries.flatMap(([url, label]) => {
    const href = safeHref(url);
    if (!href) return [];
    return html`<a
      part="link"
      class="link"
      href=${href}
      target=${target ?? nothing}
      rel=${target ? 'noopener noreferrer' : nothing}
      >${label}</a
    >`;
  });
  const cite = canCite(paper)
    ? html`<button part="copy-button" class="copy" type="button" @click=${options.copyCitation}>
        ${text.copyCitation}
      </button>`
    : nothing;
  if (links.length === 0 && cite === nothing) return nothing;
  return html`<div part="links" class="actions" role="group" aria-label=${text.links}>
    ${links} ${cite}
  </div>`;
}
