import type { Paper } from './paper.js';

/**
 * The one table of what a source can say about a paper. Each key is a field the formats read
 * into a draft, the `mapped` format takes by that name, and `buildPaper` vets; `card` is the
 * property (and attribute) that gives it on a hand-written `<paperfeed-card>`. A test checks the
 * card and the typings against it.
 */
export const PAPER_FIELDS = {
  id: {},
  title: { card: 'paperTitle' },
  url: { card: 'href' },
  summary: {},
  authors: { card: 'authors' },
  authorCount: { card: 'authorCount' },
  published: { card: 'published' },
  featured: {},
  upvotes: { card: 'upvotes' },
  comments: { card: 'comments' },
  thumbnail: { card: 'thumbnail' },
  tags: { card: 'tags' },
  venue: { card: 'venue' },
  pdf: { card: 'pdf' },
  code: { card: 'code' },
  codeStars: {},
  project: { card: 'project' },
  arxivId: { card: 'arxivId' },
  doi: { card: 'doi' },
  bibtex: {},
  citations: { card: 'citations' },
} as const satisfies Record<string, { card?: string }>;

export type PaperField = keyof typeof PAPER_FIELDS;

export const PAPER_FIELD_NAMES = Object.keys(PAPER_FIELDS) as PaperField[];

/** The card properties a hand-written card describes its paper with. */
export const CARD_PAPER_PROPERTIES = Object.values(PAPER_FIELDS).flatMap((field) =>
  'card' in field ? [field.card] : [],
);

// Every field of Paper comes from the table: `links` from pdf, code, codeStars, project, arxivId
// and doi, the runs from title and summary. A new Paper field without a row fails to compile.
type Derived = 'links' | 'titleRuns' | 'summaryRuns';
export type UncoveredPaperFields = Exclude<keyof Paper, PaperField | Derived>;
const everyPaperFieldHasARow: [UncoveredPaperFields] extends [never] ? true : never = true;
void everyPaperFieldHasARow;
