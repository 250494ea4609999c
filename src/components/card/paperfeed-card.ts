import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';

import { bibtexFor, canCite } from '../../data/citation/bibtex.js';
import { FeedError } from '../../data/feed-error.js';
import type { Paper } from '../../data/paper.js';
import type { FeedFormat } from '../../data/parse.js';
import { formatPaperDate } from '../../text/dates.js';
import { AbstractClamp } from '../../controllers/abstract-clamp.js';
import { PaperSource } from '../../controllers/paper-source.js';
import { headingLevel, headingTag } from '../../base/heading.js';
import { skeletonRows } from '../../styles/skeleton.styles.js';
import { highlightParts, searchTerms } from '../../text/highlight.js';
import { numberFormat } from '../../base/intl-cache.js';
import { PaperfeedElement } from '../../base/paperfeed-element.js';
import { plural } from '../../base/plural.js';
import { safeUrl } from '../../data/url.js';
import { cardStyles, MAX_ABSTRACT_LINES } from './card.styles.js';
import { defaultCardStrings, type CardStrings } from './card.strings.js';
import { commaList, nameList } from '../../base/converters.js';
import { CARD_PAPER_PROPERTIES } from '../../data/fields.js';
import { foldForSearch } from '../../text/fold.js';
import { plainRuns, type TextRun } from '../../text/rich-text.js';
import { renderRuns } from './render-runs.js';

const UPVOTE_ICON = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 2 14 10H10V14H6V10H2Z" />
</svg>`;
const COMMENT_ICON = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M2 3h12v8H6l-4 3z" />
</svg>`;

/** Only http(s) and mailto reach an `href`, whatever was put in `.paper`. */
const href = (url: string | undefined) => safeUrl(url, { allowMailto: true });

/**
 * One research paper: title, authors, date, abstract, votes and links.
 *
 * It shows the paper set in `.paper`, or the one it fetches from `src`, or, in plain HTML, the one
 * its attributes and children describe.
 *
 * @summary One research paper, as a reader wants to see it.
 * @tag paperfeed-card
 *
 * @slot - Hand-written cards: the abstract, as text. It stays in the page for search engines
 *   and shows before the element loads; the card then renders it itself.
 * @slot title - Hand-written cards: a link holding the title, `<a slot="title" href="…">…</a>`.
 *
 * @csspart base - The card's box.
 * @csspart thumbnail - The thumbnail's fixed-ratio box (with `show-thumbnail`).
 * @csspart venue - The venue badge.
 * @csspart title - The title heading.
 * @csspart title-link - The title's link, when the paper has a URL.
 * @csspart authors - The author names or count.
 * @csspart authors-toggle - The "+N more" button that shows every author.
 * @csspart member - An author named in `highlight-authors`.
 * @csspart meta - The line holding the date and the stats.
 * @csspart date - The date.
 * @csspart stats - The upvote and comment counts.
 * @csspart abstract - The abstract.
 * @csspart abstract-toggle - The "Show more" / "Show less" button.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart links - The row of links and the citation button.
 * @csspart link - One link (PDF, arXiv, code, project page, DOI).
 * @csspart copy-button - The "Copy citation" button.
 * @csspart skeleton - The placeholder shown while the paper loads.
 * @csspart error - The error message with its Retry button.
 * @csspart retry-button - The Retry button.
 *
 * @cssprop --paperfeed-card-accent - Links, buttons and focus rings. Falls back to `--paperfeed-accent`.
 * @cssprop --paperfeed-card-text - Text color. Falls back to `--paperfeed-text`.
 * @cssprop --paperfeed-card-muted-text - Authors, date and stats. Falls back to `--paperfeed-muted-text`.
 * @cssprop --paperfeed-card-surface - Background. Falls back to `--paperfeed-surface`.
 * @cssprop --paperfeed-card-border - Border color. Falls back to `--paperfeed-border`.
 * @cssprop --paperfeed-card-highlight - Background of search matches. Falls back to `--paperfeed-highlight`.
 * @cssprop --paperfeed-card-danger - Error text. Falls back to `--paperfeed-danger`.
 * @cssprop --paperfeed-card-radius - Corner radius. Falls back to `--paperfeed-radius`, then `0.75em`.
 * @cssprop --paperfeed-card-space - Padding. Falls back to `--paperfeed-space`, then `1em`.
 * @cssprop --paperfeed-card-member-color - Authors named in `highlight-authors`. Falls back to `--paperfeed-member-color`, then the text color.
 * @cssprop --paperfeed-card-thumbnail-aspect-ratio - The thumbnail box's ratio, `16 / 9` by default.
 *
 * @fires paperfeed-load - When a card with `src` has loaded its paper: `PaperfeedLoadEvent` with `feed` and `paper`. A card handed its paper fires nothing.
 * @fires paperfeed-error - When a card with `src` could not load: `PaperfeedErrorEvent` with the `FeedError`.
 */
export class PaperfeedCard extends PaperfeedElement {
  static override styles = cardStyles;

  /** The paper to show, as `parseFeed` gives it (the list sets this). */
  @property({ attribute: false }) paper?: Paper;

  /** A feed or Hugging Face paper URL to fetch the paper from. */
  @property() src?: string;

  /** The format of `src`: `auto`, `json-feed`, `hugging-face` or `mapped` (with `mapping`). */
  @property() format: FeedFormat = 'auto';

  /**
   * For `format="mapped"`: where each field is in the JSON, as dotted paths,
   * `"items: data.results; title: name; url: links.0.href; authors: people.*.fullName"`.
   */
  @property() mapping?: string;

  /** Which paper of the `src` feed to show, by id; the first when unset. */
  @property({ attribute: 'paper-id' }) paperId?: string;

  /** Hand-written cards: the title (never `title`, which browsers show as a tooltip). */
  @property({ attribute: 'paper-title' }) paperTitle?: string;

  /** Hand-written cards: the paper's URL. */
  @property() href?: string;

  /** Hand-written cards: author names, separated by commas, or by semicolons when any is present. */
  @property({ converter: nameList }) authors?: string[];

  /** Hand-written cards: how many authors, when not all are named. */
  @property({ attribute: 'author-count', type: Number }) authorCount?: number;

  /** Hand-written cards: the publication date, `YYYY-MM-DD` or RFC 3339. */
  @property() published?: string;

  /** Hand-written cards: the venue badge ("NeurIPS 2024"). */
  @property() venue?: string;

  /** Hand-written cards: tags, separated by commas. */
  @property({ converter: commaList }) tags?: string[];

  /** Hand-written cards: the upvote count. */
  @property({ type: Number }) upvotes?: number;

  /** Hand-written cards: the comment count. */
  @property({ type: Number }) comments?: number;

  /** Hand-written cards: the PDF's URL. */
  @property() pdf?: string;

  /** Hand-written cards: the code repository's URL. */
  @property() code?: string;

  /** Hand-written cards: the project page's URL. */
  @property() project?: string;

  /** Hand-written cards: the DOI. */
  @property() doi?: string;

  /** Hand-written cards: the arXiv id; links the arXiv page and PDF. */
  @property({ attribute: 'arxiv-id' }) arxivId?: string;

  /** Hand-written cards: the thumbnail's URL (shown with `show-thumbnail`). */
  @property() thumbnail?: string;

  /** `full` (default) or `compact`: title and one line of details, for sidebars. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The title's heading level, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Where links open: `_blank` for a new tab (with `rel="noopener noreferrer"`). */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** How many author names show before "+N more". */
  @property({ attribute: 'max-authors', type: Number }) maxAuthors = 3;

  /** How many lines of the abstract show before "Show more", 1 to 12. */
  @property({ attribute: 'abstract-lines', type: Number, reflect: true }) abstractLines = 3;

  /** `clamp` (default) shows `abstract-lines` lines, `full` all of it, `none` no abstract. */
  @property({ attribute: 'abstract-display' }) abstractDisplay: 'clamp' | 'full' | 'none' = 'clamp';

  /** Show the paper's thumbnail, lazily loaded in a fixed-ratio box. */
  @property({ attribute: 'show-thumbnail', type: Boolean }) showThumbnail = false;

  /**
   * Names to make stand out in the author list, separated by semicolons (or commas):
   * a lab's own members. Matching ignores case and accents.
   */
  @property({ attribute: 'highlight-authors', converter: nameList }) highlightAuthors: string[] =
    [];

  /** Search terms to mark in the title, authors and abstract. */
  @property() highlight?: string;

  /** The card's words, to translate any of them. */
  @property({ attribute: false }) strings: Partial<CardStrings> = {};

  @state() private authorsExpanded = false;
  @state() private abstractExpanded = false;
  @state() private thumbnailFailed = false;
  @state() private citationStatus = '';

  @query('.abstract') private abstractElement?: HTMLElement;

  private readonly source = new PaperSource(this, {
    paper: () => this.paper,
    src: () => ({
      src: this.src,
      format: this.format,
      mapping: this.mapping,
      paperId: this.paperId,
    }),
    attributes: () => ({
      title: this.paperTitle,
      href: this.href,
      authors: this.authors,
      authorCount: this.authorCount,
      published: this.published,
      venue: this.venue,
      tags: this.tags,
      upvotes: this.upvotes,
      comments: this.comments,
      pdf: this.pdf,
      code: this.code,
      project: this.project,
      doi: this.doi,
      arxivId: this.arxivId,
      thumbnail: this.thumbnail,
    }),
  });

  private readonly clamp = new AbstractClamp(
    this,
    () => this.abstractElement,
    () => this.abstractExpanded,
  );

  /** The paper on screen: `.paper`, else the fetched one, else the hand-written one. */
  get shownPaper(): Paper | undefined {
    return this.source.paper;
  }

  /** Fetches `src` again (what the Retry button does). */
  reload(): void {
    this.source.reload();
  }

  /** Focuses the card's first control (its title link), or the card itself when it has none. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('a[href], button');
    if (target) return target.focus(options);
    this.tabIndex = -1;
    super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<PaperfeedCard>): void {
    if (
      CARD_PAPER_PROPERTIES.some((field) => changed.has(field)) ||
      changed.has('paper') ||
      changed.has('src')
    ) {
      this.source.readHtml();
    }
    if (changed.has('abstractLines')) {
      // Kept within what the styles have rules for, so the reflected attribute always matches one.
      const lines = Math.round(this.abstractLines) || 3;
      this.abstractLines = Math.min(MAX_ABSTRACT_LINES, Math.max(1, lines));
    }
    if (changed.has('paper') || changed.has('src')) {
      this.authorsExpanded = false;
      this.abstractExpanded = false;
      this.thumbnailFailed = false;
      this.citationStatus = '';
    }
  }

  private get text(): CardStrings {
    return { ...defaultCardStrings, ...this.strings };
  }

  private marked(text: string) {
    const terms = searchTerms(this.highlight);
    if (terms.length === 0) return text;
    return highlightParts(text, terms).map((part) =>
      part.match ? html`<mark>${part.text}</mark>` : part.text,
    );
  }

  private markedRuns(runs: readonly TextRun[]) {
    return renderRuns(runs, searchTerms(this.highlight));
  }

  private linkAttributes(url: string | undefined) {
    return { href: href(url), target: this.linkTarget || undefined };
  }

  override render() {
    const view = this.source.view;
    if (view.kind === 'none') return nothing;
    if (view.kind === 'paper') return this.renderPaper(view.paper);
    const state = view.state;
    switch (state.status) {
      case 'idle':
      case 'loading':
        return this.renderSkeleton();
      case 'ready':
        return this.renderPaper(state.value);
      case 'failed':
        return this.renderError(state.error);
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="base skeleton" class="card skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${this.text.loading}</span>
      ${skeletonRows(this.variant === 'compact')}
    </div>`;
  }

  private renderError(error: FeedError): TemplateResult {
    return html`<div part="base error" class="card error" role="alert">
      <strong>${this.text.loadFailed}</strong>
      <p class="error-detail">${error.message}</p>
      <button part="retry-button" class="copy" type="button" @click=${() => this.reload()}>
        ${this.text.retry}
      </button>
    </div>`;
  }

  private renderPaper(paper: Paper): TemplateResult {
    const compact = this.variant === 'compact';
    return html`<article
      part="base"
      class="card ${compact ? 'compact' : 'full'}"
      aria-labelledby="title"
    >
      ${compact ? nothing : this.renderThumbnail(paper)}
      ${
        compact || !paper.venue
          ? nothing
          : html`<div class="badges"><span part="venue" class="venue">${paper.venue}</span></div>`
      }
      ${this.renderTitle(paper)} ${compact ? nothing : this.renderAuthors(paper)}
      ${this.renderMeta(paper, compact)}
      ${compact ? nothing : [this.renderAbstract(paper), this.renderTags(paper), this.renderLinks(paper)]}
      <span class="visually-hidden" role="status">${this.citationStatus}</span>
    </article>`;
  }

  private renderThumbnail(paper: Paper) {
    const src = safeUrl(paper.thumbnail);
    if (!this.showThumbnail || !src) return nothing;
    return html`<div part="thumbnail" class="thumbnail">
      ${
        this.thumbnailFailed
          ? nothing
          : html`<img
              src=${src}
              alt=""
              loading="lazy"
              decoding="async"
              @error=${() => (this.thumbnailFailed = true)}
            />`
      }
    </div>`;
  }

  private renderTitle(paper: Paper) {
    const tag = headingTag(headingLevel(this.headingLevel, 3));
    const link = this.linkAttributes(paper.url);
    const title = this.markedRuns(paper.titleRuns ?? plainRuns(paper.title));
    const heading = link.href
      ? html`<a
          part="title-link"
          href=${link.href}
          target=${link.target ?? nothing}
          rel=${link.target ? 'noopener noreferrer' : nothing}
          >${title}</a
        >`
      : title;
    return staticHtml`<${tag} part="title" class="title" id="title">${heading}</${tag}>`;
  }

  private renderAuthors(paper: Paper) {
    const locale = this.locale;
    const authors = paper.authors ?? [];
    const count = Math.max(paper.authorCount ?? 0, authors.length);
    if (authors.length === 0) {
      return count > 0
        ? html`<p part="authors" class="authors">
            ${plural(this.text.authorCount, count, locale)}
          </p>`
        : nothing;
    }
    const limit = Math.max(1, this.maxAuthors);
    const shown = this.authorsExpanded ? authors : authors.slice(0, limit);
    const hiddenNamed = authors.length - shown.length;
    const unnamed = count - authors.length;
    const members = new Set(this.highlightAuthors.map(foldForSearch));
    const names = shown.map((author, i) => {
      const url = href(author.url);
      const marked = this.marked(author.name);
      const name = members.has(foldForSearch(author.name))
        ? html`<strong part="member" class="member">${marked}</strong>`
        : marked;
      return html`${i > 0 ? ', ' : ''}${url ? html`<a href=${url}>${name}</a>` : name}`;
    });
    return html`<p part="authors" class="authors">
      ${names}
      ${
        hiddenNamed > 0
          ? html` <button
              part="authors-toggle"
              class="text-button"
              type="button"
              aria-expanded="false"
              @click=${() => (this.authorsExpanded = true)}
            >
              ${plural(this.text.moreAuthors, count - shown.length, locale)}
            </button>`
          : unnamed > 0
            ? ` ${plural(this.text.unnamedAuthors, unnamed, locale)}`
            : nothing
      }
    </p>`;
  }

  private renderMeta(paper: Paper, compact: boolean) {
    const locale = this.locale;
    const parts: TemplateResult[] = [];
    const authorCount = Math.max(paper.authorCount ?? 0, paper.authors?.length ?? 0);
    if (compact && authorCount > 0) {
      parts.push(html`<span>${plural(this.text.authorCount, authorCount, locale)}</span>`);
    }
    if (paper.published) {
      parts.push(
        html`<time part="date" datetime=${paper.published}
          >${formatPaperDate(paper.published, locale)}</time
        >`,
      );
    }
    const stats: TemplateResult[] = [];
    if (paper.upvotes !== undefined) {
      stats.push(this.renderStat(UPVOTE_ICON, paper.upvotes, this.text.upvotes));
    }
    if (paper.comments !== undefined) {
      stats.push(this.renderStat(COMMENT_ICON, paper.comments, this.text.comments));
    }
    if (stats.length > 0) parts.push(html`<span part="stats" class="stats">${stats}</span>`);
    return parts.length > 0 ? html`<p part="meta" class="meta">${parts}</p>` : nothing;
  }

  private renderStat(icon: TemplateResult, count: number, label: CardStrings['upvotes']) {
    const locale = this.locale;
    return html`<span class="stat"
      >${icon}<span aria-hidden="true">${numberFormat(locale).format(count)}</span
      ><span class="visually-hidden">${plural(label, count, locale)}</span></span
    > `;
  }

  private renderAbstract(paper: Paper) {
    if (!paper.summary || this.abstractDisplay === 'none') return nothing;
    const clamped = this.abstractDisplay === 'clamp' && !this.abstractExpanded;
    const toggle =
      this.abstractDisplay === 'clamp' && (this.clamp.overflows || this.abstractExpanded);
    return html`<p part="abstract" class="abstract ${clamped ? 'clamped' : ''}" id="abstract">
        ${this.renderParagraphs(paper.summaryRuns ?? paper.summary.split('\n').map(plainRuns))}
      </p>
      ${
        toggle
          ? html`<button
              part="abstract-toggle"
              class="text-button"
              type="button"
              aria-controls="abstract"
              aria-expanded=${this.abstractExpanded ? 'true' : 'false'}
              @click=${this.toggleAbstract}
            >
              ${this.abstractExpanded ? this.text.showLess : this.text.showMore}
            </button>`
          : nothing
      }`;
  }

  /** Paragraphs inside the one clamped `<p>`, each after a line break. */
  private renderParagraphs(paragraphs: readonly TextRun[][]) {
    return paragraphs.map(
      (runs, index) => html`${index > 0 ? html`<br />` : nothing}${this.markedRuns(runs)}`,
    );
  }

  private toggleAbstract(): void {
    this.abstractExpanded = !this.abstractExpanded;
    if (!this.abstractExpanded) void this.updateComplete.then(() => this.clamp.remeasure());
  }

  private renderTags(paper: Paper) {
    if (!paper.tags?.length) return nothing;
    return html`<ul part="tags" class="tags" aria-label=${this.text.tags}>
      ${paper.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}
    </ul>`;
  }

  private renderLinks(paper: Paper) {
    const { pdf, arxiv, code, project, doi } = paper.links ?? {};
    const locale = this.locale;
    const entries: [string | undefined, unknown][] = [
      [pdf, this.text.pdf],
      [arxiv === paper.url ? undefined : arxiv, this.text.arxiv],
      [
        code?.url,
        code?.stars === undefined
          ? this.text.code
          : html`${this.text.code}
              <span aria-hidden="true">★ ${numberFormat(locale).format(code.stars)}</span
              ><span class="visually-hidden"
                >, ${plural(this.text.stars, code.stars, locale)}</span
              >`,
      ],
      [project, this.text.project],
      [doi, this.text.doi],
    ];
    const links = entries.flatMap(([url, label]) => {
      const link = this.linkAttributes(url);
      if (!link.href) return [];
      return html`<a
        part="link"
        class="link"
        href=${link.href}
        target=${link.target ?? nothing}
        rel=${link.target ? 'noopener noreferrer' : nothing}
        >${label}</a
      >`;
    });
    const cite = canCite(paper)
      ? html`<button part="copy-button" class="copy" type="button" @click=${this.copyCitation}>
          ${this.text.copyCitation}
        </button>`
      : nothing;
    if (links.length === 0 && cite === nothing) return nothing;
    return html`<div part="links" class="actions" role="group" aria-label=${this.text.links}>
      ${links} ${cite}
    </div>`;
  }

  private async copyCitation(): Promise<void> {
    const paper = this.shownPaper;
    const bibtex = paper && bibtexFor(paper);
    if (!bibtex) return;
    this.citationStatus = '';
    try {
      await navigator.clipboard.writeText(bibtex);
      this.citationStatus = this.text.citationCopied;
    } catch {
      this.citationStatus = this.text.citationFailed;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paperfeed-card': PaperfeedCard;
  }
}
