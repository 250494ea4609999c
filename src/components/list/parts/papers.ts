import { html, isServer, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Paper } from '../../../data/paper.js';
import type { NextPageState } from '../../../controllers/pager.js';
import type { RenderStepsOptions } from '../../../controllers/render-steps.js';
import { formattersReady } from '../../../base/warm-intl.js';
import { warmUpFor } from '../../card/warm-up.js';
import { carriesTwoTags, groupLabel, type GroupBy, type PaperGroup } from '../arrange.js';
import type { ListProperties } from '../list-properties.js';
import type { ListStrings } from '../list.strings.js';
import { renderNotice } from './status.js';

/** The card parts a page can style inside the list, as `card-<part>`. */
const CARD_PARTS = [
  'base',
  'thumbnail',
  'venue',
  'title',
  'title-link',
  'authors',
  'authors-toggle',
  'member',
  'meta',
  'date',
  'stats',
  'abstract',
  'abstract-toggle',
  'tags',
  'tag',
  'links',
  'link',
  'copy-button',
];
const EXPORT_PARTS = CARD_PARTS.map((part) => `${part}:card-${part}`).join(', ');

/** What the list passes down to every card. */
export interface CardOptions {
  variant: 'full' | 'compact';
  theme: string;
  headingLevel: number;
  abstractLines: number;
  maxAuthors: number;
  showThumbnail: boolean;
  highlight: string;
  highlightAuthors: string[];
  locale: string;
}

/** What a list passes down: its card attributes, the search to mark, its language. */
export function cardOptionsOf(
  list: ListProperties,
  headingLevel: number,
  locale: string,
): CardOptions {
  return {
    variant: list.cardVariant,
    theme: list.theme,
    headingLevel,
    abstractLines: list.abstractLines,
    maxAuthors: list.maxAuthors,
    showThumbnail: list.showThumbnail,
    highlight: list.query,
    highlightAuthors: list.highlightAuthors,
    locale,
  };
}

let viewportHeight: number | undefined;

/**
 * The viewport's height, read once and again after a resize. Chromium lays the page out to answer
 * `innerHeight` (and the visual viewport's height): read at each slice, that was a layout of the
 * cards just rendered, in the task that renders them.
 */
function viewport(): number {
  if (viewportHeight === undefined) {
    viewportHeight = innerHeight;
    addEventListener('resize', () => (viewportHeight = undefined), { once: true, passive: true });
  }
  return viewportHeight;
}

/** The cards that fill a screen at most: one with an abstract is 240 px or more, a compact one ~60. */
const screenful = (variant: CardOptions['variant']) =>
  Math.ceil(viewport() / (variant === 'compact' ? 60 : 240)) + 1;

/**
 * How a list renders its cards in slices: a task stops once it completes the first screenful (a
 * card with an abstract is 240 px or more at 16 px, a compact one ~60 px); a card (two compact
 * ones) a slice; a task's time counts from its feed's read and parse, when it had them.
 * A server renders them all.
 */
export function cardSteps(
  variant: () => CardOptions['variant'],
  feed: { readonly workBegan?: number },
): RenderStepsOptions {
  return {
    taskBegan: () => feed.workBegan,
    first: () => (isServer ? Infinity : screenful(variant())),
    step: () => (variant() === 'compact' ? 2 : 1),
  };
}

/**
 * What a list's first papers wait for: its language's formatters, with the collator that orders
 * its tag chips when it offers chips of two tags or more. `undefined` before its papers, and once
 * they are made.
 */
export function formattersFor(list: ListProperties, locale: string): Promise<void> | undefined {
  const papers = list.papers ?? list.feed?.papers;
  if (!papers) return undefined;
  return formattersReady(locale, { sortsTags: list.filterable && carriesTwoTags(papers) });
}

/**
 * Makes ready what a list's papers need while they are on their way: its language's formatters,
 * its day headings' date format (one a card does not use: the first costs ~30 ms on a phone's
 * CPU), and its kind of card.
 */
export function warmUpList(list: ListProperties, locale: string, stillWaiting: () => boolean) {
  const { groupBy } = list;
  return warmUpFor(locale, list.cardVariant, {
    stillWaiting,
    sortsTags: list.filterable,
    alsoMake:
      groupBy === 'day' || groupBy === 'week'
        ? () => groupLabel('2000-01-01', groupBy, locale, false)
        : undefined,
  });
}

/** Where a card stands: its place among all (a virtualized list), or on the first screen. */
interface CardPlace {
  position?: number;
  setSize?: number;
  firstScreen?: boolean;
}

export function renderCard(
  paper: Paper,
  options: CardOptions,
  { position, setSize, firstScreen = false }: CardPlace = {},
): TemplateResult {
  return html`<paperfeed-card
    part="item"
    role="listitem"
    ?data-first-screen=${firstScreen}
    exportparts=${EXPORT_PARTS}
    aria-posinset=${position ?? nothing}
    aria-setsize=${setSize ?? nothing}
    .paper=${paper}
    variant=${options.variant}
    theme=${options.theme}
    heading-level=${options.headingLevel}
    abstract-lines=${options.abstractLines}
    max-authors=${options.maxAuthors}
    ?show-thumbnail=${options.showThumbnail}
    highlight=${options.highlight}
    .highlightAuthors=${options.highlightAuthors}
    lang=${options.locale}
  ></paperfeed-card>`;
}

/** `firstScreen` of the papers are on the list's first screen. */
export function renderItems(papers: Paper[], options: CardOptions, label: string, firstScreen = 0) {
  return html`<div part="items" class="items" role="list" aria-label=${label}>
    ${repeat(
      papers,
      (paper) => paper.id,
      (paper, index) => renderCard(paper, options, { firstScreen: index < firstScreen }),
    )}
  </div>`;
}

type Row =
  | { kind: 'heading'; group: PaperGroup; label: string }
  | { kind: 'paper'; paper: Paper; position: number; setSize: number };

export type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

/** Above this many papers on screen at once, the list renders only what is near the viewport. */
export const VIRTUALIZE_ABOVE = 200;

/** Whether `count` papers shown at once (`page-size="all"`) need the virtualizer. */
export const virtualizes = (count: number, perPage: number) =>
  perPage === Infinity && count > VIRTUALIZE_ABOVE;

/** The virtualizer: a chunk of its own, which lists never showing hundreds of papers never load. */
export const loadVirtualize = async (): Promise<Virtualize> =>
  (await import('@lit-labs/virtualizer/virtualize.js')).virtualize;

/** Hundreds of papers at once: only the rows near the viewport are in the page. */
export function renderVirtualized(
  virtualize: Virtualize,
  groups: PaperGroup[],
  total: number,
  options: CardOptions,
  view: {
    grouped: boolean;
    label: string;
    headingTag: StaticValue;
    labelFor: (group: PaperGroup) => string;
  },
) {
  const rows: Row[] = [];
  let position = 0;
  for (const group of groups) {
    if (view.grouped) rows.push({ kind: 'heading', group, label: view.labelFor(group) });
    for (const paper of group.papers) {
      rows.push({ kind: 'paper', paper, position: ++position, setSize: total });
    }
  }
  const tag = view.headingTag;
  return html`<div part="items" class="items virtual" role="list" aria-label=${view.label}>
    ${virtualize({
      items: rows,
      keyFunction: (row: Row) => (row.kind === 'paper' ? row.paper.id : `group:${row.group.key}`),
      renderItem: (row: Row) =>
        row.kind === 'paper'
          ? renderCard(row.paper, options, { position: row.position, setSize: row.setSize })
          : staticHtml`<div role="listitem" class="heading-row"><${tag} part="group-heading" class="group-heading">${row.label}</${tag}></div>`,
    })}
  </div>`;
}

export interface PaperListView {
  groups: PaperGroup[];
  total: number;
  card: CardOptions;
  text: ListStrings;
  groupBy: GroupBy;
  headingTag: StaticValue;
  perPage: number;
  /** Pages of `perPage` papers shown. */
  pages: number;
  virtualize?: Virtualize;
  more: 'button' | 'scroll';
  hasNextPage: boolean;
  nextPage: NextPageState;
  showMore: () => void;
  retryNextPage: () => void;
  /**
   * How many of the papers to show the list renders now, given their ids in order; the rest hold
   * their room meanwhile.
   */
  renderNow: (count: number, ids: string[]) => number;
}

/** The ids of the first `count` papers, in order: a list of 10,000 is not walked at each slice. */
function firstIds(groups: PaperGroup[], count: number): string[] {
  const ids: string[] = [];
  for (const group of groups) {
    for (const paper of group.papers) {
      if (ids.length === count) return ids;
      ids.push(paper.id);
    }
  }
  return ids;
}

function headingFor(group: PaperGroup, view: PaperListView, withYear: boolean): string {
  const { text, groupBy } = view;
  if (!group.key) return groupBy === 'year' ? text.undated : text.noExactDate;
  const label = groupLabel(group.key, groupBy, view.card.locale, withYear);
  return groupBy === 'week' ? text.weekOf.replaceAll('{date}', label) : label;
}

function renderMore(view: PaperListView) {
  if (view.more === 'scroll' && view.nextPage.status !== 'failed') {
    return html`<div class="sentinel" aria-hidden="true"></div>`;
  }
  const busy = view.nextPage.status === 'loading';
  return html`<button
    part="more-button"
    class="button more"
    type="button"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${view.showMore}
  >
    ${busy ? view.text.loading : view.text.showMore}
  </button>`;
}

/** The papers shown so far, in their groups, with "Show more" and a failed next page's notice. */
export function renderPaperList(view: PaperListView) {
  const { groups, total, card, text } = view;
  const years = new Set(groups.filter((g) => g.key).map((g) => g.key.slice(0, 4)));
  const labelFor = (group: PaperGroup) => headingFor(group, view, years.size > 1);
  const everything = virtualizes(total, view.perPage);
  if (everything && view.virtualize) {
    return renderVirtualized(view.virtualize, groups, total, card, {
      grouped: view.groupBy !== 'none',
      label: text.papersLabel,
      headingTag: view.headingTag,
      labelFor,
    });
  }
  const shown = Math.min(total, view.pages * view.perPage);
  // Until the virtualizer arrives, a very long list shows its first screens only.
  const wanted = everything ? Math.min(shown, 50) : shown;
  const now = view.renderNow(wanted, firstIds(groups, wanted));
  let remaining = now;
  const visible: PaperGroup[] = [];
  for (const group of groups) {
    if (remaining <= 0) break;
    visible.push({ key: group.key, papers: group.papers.slice(0, remaining) });
    remaining -= group.papers.length;
  }
  // Cards the browser never skips (list.styles.ts); a prerendered page lays all out at once anyway.
  let firstScreen = isServer ? 0 : screenful(card.variant);
  const itemsOf = (papers: Paper[]) => {
    const items = renderItems(papers, card, text.papersLabel, firstScreen);
    firstScreen -= papers.length;
    return items;
  };
  const tag = view.headingTag;
  return html`${
    view.groupBy === 'none'
      ? itemsOf(visible[0]?.papers ?? [])
      : visible.map((group) => {
          const label = labelFor(group);
          // A group, not a landmark: a page with two lists by year would repeat "2023" regions.
          return html`<div class="group" role="group" aria-label=${label}>
            ${staticHtml`<${tag} part="group-heading" class="group-heading">${label}</${tag}>`}
            ${itemsOf(group.papers)}
          </div>`;
        })
  }
  ${
    now < wanted
      ? // Set through the CSSOM (the style property), which a strict Content-Security-Policy allows.
        html`<div class="pending" aria-hidden="true" .style=${`--_pending: ${wanted - now}`}></div>`
      : nothing
  }
  ${shown < total || view.hasNextPage ? renderMore(view) : nothing}
  ${
    view.nextPage.status === 'failed'
      ? renderNotice(text.loadMoreFailed, text, view.retryNextPage)
      : nothing
  }`;
}
