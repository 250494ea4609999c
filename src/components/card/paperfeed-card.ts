import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { bibtexFor } from '../../data/citation/bibtex.js';
import type { Paper } from '../../data/paper.js';
import { AbstractClamp } from '../../controllers/abstract-clamp.js';
import { ReservedRoom } from '../../controllers/reserved-room.js';
import { PaperSource } from '../../controllers/paper-source.js';
import { RetryFocus } from '../../controllers/retry-focus.js';
import { embeddedFeed, hasEmbeddedFeed } from '../../base/embedded-feed.js';
import { headingLevel, headingTag } from '../../base/heading.js';
import { searchTerms } from '../../text/highlight.js';
import { CardProperties } from './card-properties.js';
import { warmUpFor } from './warm-up.js';
import { formattersReady } from '../../base/warm-intl.js';
import { safeUrl } from '../../data/url.js';
import {
  renderAuthors,
  renderLinks,
  renderLoadError,
  renderMeta,
  renderSkeleton,
  renderTags,
  safeHref as href,
} from './card.parts.js';
import { cardStyles, MAX_ABSTRACT_LINES } from './card.styles.js';
import { defaultCardStrings, type CardStrings } from './card.strings.js';
import { CARD_PAPER_PROPERTIES } from '../../data/fields.js';
import { plainRuns, type TextRun } from '../../text/rich-text.js';
import { renderRuns } from './render-runs.js';

/**
 * About the characters in one line of a card's abstract on a desktop page: an abstract longer than
 * its lines hold at that is taken to overflow until measured (a prerendered card's guess).
 */
const CHARACTERS_A_LINE = 90;

/**
 * One research paper: title, authors, date, abstract, votes and links.
 *
 * It shows the paper set in `.paper`, or the first of a JSON Feed in a
 * `<script type="application/json">` child (as `paperfeed render` writes it), or the one it fetches
 * from `src`, or, in plain HTML, the one its attributes and children describe. One from `src`
 * whose paper (or error) is shorter than its placeholder keeps the placeholder's room, as an
 * inline `min-height`, until letting it go moves nothing the reader sees (`ReservedRoom`).
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
 * @csspart authors-toggle - The "+N more" button that shows every author; the focus then goes to the names.
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
 * @csspart skeleton - The placeholder shown while the paper loads, or while a lazy card waits to near the viewport.
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
 * @cssprop --paperfeed-card-placeholder-height - The height of the placeholder shown while the paper loads from `src`, and of the room `paperfeed-reserve.css` holds for it, border included. Give it the paper's height where it runs taller than the default (a venue, a long title, tags); by default about `16.2em` (`17.66em` under 30em wide), `5.3em` compact.
 *
 * @fires paperfeed-load - When a card with `src` has loaded its paper: `PaperfeedLoadEvent` with `feed` and `paper`. A card handed its paper fires nothing.
 * @fires paperfeed-error - When a card with `src` could not load: `PaperfeedErrorEvent` with the `FeedError`.
 */
export class PaperfeedCard extends CardProperties {
  static override styles = cardStyles;

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
      loading: this.loading,
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
      citations: this.citations,
      pdf: this.pdf,
      code: this.code,
      project: this.project,
      doi: this.doi,
      arxivId: this.arxivId,
      thumbnail: this.thumbnail,
    }),
  });

  private readonly retryFocus = new RetryFocus(this, {
    loading: () => this.source.loading,
    focusResult: () => this.focus(),
  });

  // A card given its paper never shows a placeholder: only one with `src` watches its room.
  private readonly room = new ReservedRoom(this, () => this.src !== undefined);

  private readonly clamp = new AbstractClamp(
    this,
    () => this.abstractElement,
    () => this.shownPaper?.summary,
    () => this.abstractExpanded,
    () => (this.shownPaper?.summary?.length ?? 0) > this.abstractLines * CHARACTERS_A_LINE,
  );

  /**
   * The paper on screen: `.paper`, else the fetched one, else the hand-written one (read from the
   * card's HTML at its first render).
   */
  get shownPaper(): Paper | undefined {
    return this.source.paper;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src?.trim() && !this.paper && !hasEmbeddedFeed(this)) {
      void warmUpFor(this.locale, this.variant, { stillWaiting: () => !this.shownPaper });
    }
  }

  protected override readOwnMarkup(): void {
    this.paper ??= embeddedFeed(this)?.papers[0];
  }

  /** A paper shown at once needs its dates and counts formatted: made first, in tasks apart. */
  protected override beforeFirstRender(): Promise<void> | undefined {
    return this.source.showsPaperFirst ? formattersReady(this.locale) : undefined;
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
      !this.hasUpdated ||
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
    return { ...defaultCardStrings, ...this.language.words.card, ...this.strings };
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
    if (!this.language.ready) return this.renderPlaceholder(!this.source.waiting);
    if (view.kind === 'paper') return this.renderPaper(view.paper);
    const state = view.state;
    switch (state.status) {
      case 'idle': // A lazy card away from the viewport keeps its room, not busy, saying nothing.
        return this.renderPlaceholder(false);
      case 'loading':
        return this.renderPlaceholder(true);
      case 'ready':
        return this.renderPaper(state.value);
      case 'failed':
        return renderLoadError(
          this.text,
          this.retryFocus.retry(() => this.reload()),
        );
    }
  }

  private renderPlaceholder(busy: boolean): TemplateResult {
    const status = this.language.ready ? this.text.loading : undefined;
    return renderSkeleton(this.variant === 'compact', busy, status);
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
          : html`<div class="badges">
              <span part="venue" class="venue" dir="auto">${paper.venue}</span>
            </div>`
      }
      ${this.renderTitle(paper)}
      ${
        compact
          ? nothing
          : renderAuthors(paper, {
              text: this.text,
              locale: this.locale,
              max: this.maxAuthors,
              members: this.highlightAuthors,
              expanded: this.authorsExpanded,
              expand: () => void this.expandAuthors(),
              mark: (runs) => this.markedRuns(runs),
            })
      }
      ${renderMeta(paper, compact, this.text, this.locale)}
      ${compact ? nothing : this.renderAbstract(paper)}
      ${compact ? nothing : renderTags(paper, this.text)}
      ${
        compact
          ? nothing
          : renderLinks(paper, this.text, this.locale, {
              target: this.linkTarget || undefined,
              copyCitation: () => void this.copyCitation(),
            })
      }
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
    return staticHtml`<${tag} part="title" class="title" id="title" dir="auto">${heading}</${tag}>`;
  }

  private renderAbstract(paper: Paper) {
    if (!paper.summary || this.abstractDisplay === 'none') return nothing;
    const clamped = this.abstractDisplay === 'clamp' && !this.abstractExpanded;
    const toggle =
      this.abstractDisplay === 'clamp' && (this.clamp.overflows || this.abstractExpanded);
    return html`<p
        part="abstract"
        class="abstract ${clamped ? 'clamped' : ''}"
        id="abstract"
        dir="auto"
      >
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
    const [first, ...rest] = paragraphs;
    if (!first) return nothing;
    const lead = this.markedRuns(first);
    if (rest.length === 0) return lead;
    return [lead, ...rest.map((runs) => html`<br />${this.markedRuns(runs)}`)];
  }

  /** Shows every author: the focus goes to the names, as the button that had it is gone. */
  private async expandAuthors(): Promise<void> {
    this.authorsExpanded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="authors"]')?.focus();
  }

  private toggleAbstract(): void {
    this.abstractExpanded = !this.abstractExpanded;
    if (!this.abstractExpanded) void this.updateComplete.then(() => this.clamp.remeasure());
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
