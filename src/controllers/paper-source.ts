import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import { paperFromHtml, type HtmlPaperFields } from '../components/card/paper-from-html.js';
import { PaperfeedLoadEvent } from '../events/paperfeed-load-event.js';
import { FeedError } from '../data/feed-error.js';
import type { Paper } from '../data/paper.js';
import type { FeedFormat } from '../data/parse.js';
import { Approach } from './approach.js';
import { FeedController } from './feed-controller.js';
import { foldWhiteSpace } from '../text/white-space.js';
import type { FeedState } from './feed-state.js';

export interface PaperSourceOptions {
  /** The paper handed to the card (`.paper`). */
  paper: () => Paper | undefined;
  src: () => {
    src?: string;
    format: FeedFormat;
    mapping?: string;
    paperId?: string;
    loading: 'eager' | 'lazy';
  };
  /** What the card's attributes say (a hand-written card). */
  attributes: () => Omit<HtmlPaperFields, 'summary'>;
}

/** What a card shows: the paper it has, what `src` gave, or nothing. */
export type PaperView =
  { kind: 'paper'; paper: Paper } | { kind: 'remote'; state: FeedState<Paper> } | { kind: 'none' };

/**
 * Decides, in one place, where a card's paper comes from: `.paper`, else `src` (never fetched
 * while a paper is handed over), else the card's own HTML (attributes, a `title` slot, the text
 * inside it), which it follows as the page edits it.
 */
export class PaperSource implements ReactiveController {
  private htmlPaper?: Paper;
  private readonly remote: FeedController<Paper>;
  private readonly approach: Approach;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: PaperSourceOptions,
  ) {
    host.addController(this);
    // Before the feed controller: it reads `ready` in the same update.
    this.approach = new Approach(host, () => options.src().loading === 'lazy');
    this.remote = new FeedController(host, {
      source: () => {
        const { src, format, mapping, paperId } = options.src();
        return {
          src: options.paper() ? undefined : src,
          format,
          mapping,
          ready: this.approach.ready,
          cacheTtl: 0,
          selection: paperId,
        };
      },
      select: (feed, src) => {
        const { paperId } = options.src();
        const paper = paperId ? feed.papers.find((each) => each.id === paperId) : feed.papers[0];
        if (paper) return paper;
        throw new FeedError(
          'format',
          paperId ? `No paper with id "${paperId}" in ${src}` : `The feed at ${src} has no papers`,
          { url: src },
        );
      },
      loadEvent: (feed, paper) => new PaperfeedLoadEvent(feed, paper),
    });
    // Only the card's children: the attributes it writes itself (a reflected `abstract-lines`)
    // reach it as properties, and must not make it read and render twice.
    new MutationController(host, {
      config: { childList: true, subtree: true, characterData: true, attributes: true },
      callback: (records) => {
        if (records.some((record) => record.target !== host)) this.readHtml();
      },
    });
  }

  get view(): PaperView {
    const paper = this.options.paper();
    if (paper) return { kind: 'paper', paper };
    if (this.options.src().src?.trim()) return { kind: 'remote', state: this.remote.state };
    return this.htmlPaper ? { kind: 'paper', paper: this.htmlPaper } : { kind: 'none' };
  }

  /** Its `src` is on its way. */
  get loading(): boolean {
    return this.view.kind === 'remote' && this.remote.loading;
  }

  /** A lazy card's `src` is yet to load: it waits to near the viewport. */
  get waiting(): boolean {
    return this.remote.waiting;
  }

  /** The paper on screen, if any. */
  get paper(): Paper | undefined {
    const view = this.view;
    if (view.kind === 'paper') return view.paper;
    return view.kind === 'remote' && view.state.status === 'ready' ? view.state.value : undefined;
  }

  /** A paper to show at the first render: one handed over, or the card's own HTML. */
  get showsPaperFirst(): boolean {
    return this.options.paper() !== undefined || !this.options.src().src?.trim();
  }

  hostConnected(): void {
    // Not before the first update, which reads it: the task that connects a page's cards (the
    // one defining them) then leaves the reading to their first renders, in later tasks.
    if (this.host.hasUpdated) this.readHtml();
  }

  /** Fetches `src` again (Retry). */
  reload(): void {
    this.remote.refresh();
  }

  /** Reads the card's own HTML again (its attributes changed). */
  readHtml(): void {
    // Only a hand-written card reads its children; a list of cards handed papers skips the work.
    if (this.options.paper() || this.options.src().src?.trim()) {
      this.htmlPaper = undefined;
      return;
    }
    const host = this.host;
    const titleElement = host.querySelector(':scope > [slot="title"]');
    const titleLink = titleElement?.matches('a[href]')
      ? titleElement
      : titleElement?.querySelector('a[href]');
    const text = [...host.childNodes]
      .filter(
        (node) =>
          node.nodeType === Node.TEXT_NODE ||
          (node instanceof Element && node !== titleElement && node.localName !== 'template'),
      )
      .map((node) => node.textContent ?? '')
      .join('');
    // As HTML shows it: white space folded, no paragraphs made of the source's blank lines.
    const abstract = foldWhiteSpace(text);
    const fields = this.options.attributes();
    this.htmlPaper = paperFromHtml(
      {
        ...fields,
        title: fields.title ?? titleElement?.textContent ?? undefined,
        href: fields.href ?? titleLink?.getAttribute('href') ?? undefined,
        summary: abstract,
      },
      document.baseURI,
    );
    host.requestUpdate();
  }
}
