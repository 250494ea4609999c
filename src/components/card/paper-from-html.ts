import { buildPaper, type PaperDraft } from '../../data/normalize.js';
import type { Paper } from '../../data/paper.js';

/** What a hand-written card says about its paper, in attributes and light DOM. */
export interface HtmlPaperFields {
  title?: string;
  href?: string;
  authors?: string[];
  authorCount?: number;
  published?: string;
  venue?: string;
  tags?: string[];
  upvotes?: number;
  comments?: number;
  citations?: number;
  pdf?: string;
  code?: string;
  project?: string;
  doi?: string;
  arxivId?: string;
  thumbnail?: string;
  bibtex?: string;
  summary?: string;
}

/**
 * A Paper from a hand-written card, through the same vetting as any feed (so a `javascript:`
 * href in the page's HTML is dropped like one in a feed), or undefined without a title.
 */
export function paperFromHtml(fields: HtmlPaperFields, baseUrl: string): Paper | undefined {
  const draft: PaperDraft = {
    title: fields.title,
    url: fields.href,
    summary: [fields.summary],
    authors: (fields.authors ?? []).map((name) => ({ name })),
    authorCount: fields.authorCount,
    published: fields.published,
    venue: fields.venue,
    tags: fields.tags ?? [],
    upvotes: fields.upvotes,
    comments: fields.comments,
    citations: fields.citations,
    pdf: fields.pdf,
    code: fields.code,
    project: fields.project,
    doi: fields.doi,
    arxivId: fields.arxivId,
    thumbnail: fields.thumbnail,
    bibtex: fields.bibtex,
  };
  const paper = buildPaper(draft, baseUrl);
  return typeof paper === 'string' ? undefined : paper;
}
