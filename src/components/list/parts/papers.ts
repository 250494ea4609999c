import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Paper } from '../../../feed/paper.js';
import type { PaperGroup } from '../arrange.js';

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
  highlightAuthors?: string;
  locale: string;
}

export function renderCard(
  paper: Paper,
  options: CardOptions,
  position?: number,
  setSize?: number,
): TemplateResult {
  return html`<paperfeed-card
    part="item"
    role="listitem"
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
    highlight-authors=${options.highlightAuthors ?? nothing}
    lang=${options.locale}
  ></paperfeed-card>`;
}

export function renderItems(papers: Paper[], options: CardOptions, label: string, cap = Infinity) {
  const shown = cap < papers.length ? papers.slice(0, cap) : papers;
  return html`<div part="items" class="items" role="list" aria-label=${label}>
    ${repeat(
      shown,
      (paper) => paper.id,
      (paper) => renderCard(paper, options),
    )}
  </div>`;
}

type Row =
  | { kind: 'heading'; group: PaperGroup; label: string }
  | { kind: 'paper'; paper: Paper; position: number; setSize: number };

export type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

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
          ? renderCard(row.paper, options, row.position, row.setSize)
          : staticHtml`<div role="listitem" class="heading-row"><${tag} part="group-heading" class="group-heading">${row.label}</${tag}></div>`,
    })}
  </div>`;
}
