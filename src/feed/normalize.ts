import { parsePaperDate } from '../internal/dates.js';
import { htmlToText, plainText } from '../internal/text.js';
import { safeUrl } from '../internal/url.js';
import { count, strings } from './formats/read.js';
import type { Author, Feed, Paper, PaperLinks } from './paper.js';

/** What a format read from its JSON, still unvetted: every field goes through `buildPaper`. */
export interface PaperDraft {
  id?: unknown;
  title?: unknown;
  url?: unknown;
  /** Plain-text abstract candidates, best first. */
  summary?: unknown[];
  /** An HTML abstract, used when no plain-text one is given. */
  summaryHtml?: unknown;
  authors?: { name: unknown; url?: unknown }[];
  authorCount?: unknown;
  published?: unknown;
  featured?: unknown;
  upvotes?: unknown;
  comments?: unknown;
  thumbnail?: unknown;
  tags?: unknown;
  venue?: unknown;
  pdf?: unknown;
  code?: unknown;
  codeStars?: unknown;
  project?: unknown;
  arxivId?: unknown;
  doi?: unknown;
  bibtex?: unknown;
}

const NEW_ARXIV_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_ARXIV_ID = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;
const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i;
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A bare arXiv id from an id, `arXiv:` reference or arxiv.org URL; the version is dropped. */
export function arxivIdFrom(value: unknown): string | undefined {
  const text = plainText(value);
  if (!text) return undefined;
  const bare = (ARXIV_URL.exec(text)?.[1] ?? text).replace(/^arxiv:/i, '');
  return (NEW_ARXIV_ID.exec(bare) ?? OLD_ARXIV_ID.exec(bare))?.[1];
}

/** A bare DOI from `10.x/y`, `doi:10.x/y` or a doi.org URL. */
export function doiFrom(value: unknown): string | undefined {
  const text = plainText(value);
  if (!text) return undefined;
  let bare = text.replace(/^doi:\s*/i, '').replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  try {
    bare = decodeURIComponent(bare);
  } catch {
    return undefined;
  }
  return DOI.test(bare) ? bare : undefined;
}

function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

function authorsFrom(draft: PaperDraft['authors'], base: string | undefined): Author[] {
  const authors: Author[] = [];
  for (const author of draft ?? []) {
    const name = plainText(author.name);
    if (!name) continue;
    const url = safeUrl(author.url, { base, allowMailto: true });
    authors.push(url ? { name, url } : { name });
  }
  return authors;
}

function tagsFrom(value: unknown): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of strings(value)) {
    const text = plainText(tag);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    tags.push(text);
  }
  return tags;
}

/** Drops undefined fields so a Paper never carries `key: undefined` (it would show as "undefined"). */
function compact<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) kept[key] = field;
  return kept as T;
}

/** A stable short hash (FNV-1a), for ids of papers whose source gives none. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Vets and normalizes one draft into a Paper, or returns why it was skipped. Every URL goes
 * through `safeUrl`, every date through `parsePaperDate`, every text through `plainText`.
 */
export function buildPaper(draft: PaperDraft, base: string | undefined): Paper | string {
  const title = plainText(draft.title);
  if (!title) return 'has no title';

  const url = safeUrl(draft.url, { base });
  const arxivId = arxivIdFrom(draft.arxivId) ?? arxivIdFrom(url);
  const doi = doiFrom(draft.doi);
  const arxivPage = arxivId ? `https://arxiv.org/abs/${arxivId}` : undefined;
  const codeUrl = safeUrl(draft.code, { base });

  const links: PaperLinks = compact({
    pdf: safeUrl(draft.pdf, { base }) ?? (arxivId ? `https://arxiv.org/pdf/${arxivId}` : undefined),
    code: codeUrl ? compact({ url: codeUrl, stars: count(draft.codeStars) }) : undefined,
    project: safeUrl(draft.project, { base }),
    arxiv: arxivPage,
    doi: doi ? doiUrl(doi) : undefined,
  });

  const summaries = (draft.summary ?? []).map(plainText);
  const summary = summaries.find((text) => text !== undefined) ?? htmlToText(draft.summaryHtml);
  const authors = authorsFrom(draft.authors, base);
  const published = parsePaperDate(draft.published);
  const id =
    plainText(draft.id) ??
    `paper-${stableHash(url ?? doi ?? arxivId ?? `${title}|${published ?? ''}`)}`;

  return compact({
    id,
    title,
    url: url ?? arxivPage,
    summary,
    authors,
    authorCount: count(draft.authorCount) ?? (authors.length > 0 ? authors.length : undefined),
    published,
    featured: parsePaperDate(draft.featured),
    upvotes: count(draft.upvotes),
    comments: count(draft.comments),
    thumbnail: safeUrl(draft.thumbnail, { base }),
    tags: tagsFrom(draft.tags),
    venue: plainText(draft.venue),
    links,
    arxivId,
    doi,
    bibtex: plainText(draft.bibtex),
  });
}

/**
 * Builds every draft, skipping (with a warning) those that cannot be a paper, and makes ids
 * unique: a repeated id gets `-2`, `-3`, … in feed order.
 */
export function buildPapers(
  drafts: { draft: PaperDraft | string; where: string }[],
  base: string | undefined,
): { papers: Paper[]; warnings: string[] } {
  const papers: Paper[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  for (const { draft, where } of drafts) {
    const paper = typeof draft === 'string' ? draft : buildPaper(draft, base);
    if (typeof paper === 'string') {
      warnings.push(`${where} ${paper}; skipped`);
      continue;
    }
    let id = paper.id;
    for (let n = 2; ids.has(id); n++) id = `${paper.id}-${n}`;
    ids.add(id);
    papers.push({ ...paper, id });
  }
  return { papers, warnings };
}

export function feedMeta(
  fields: { title?: unknown; description?: unknown; homePageUrl?: unknown; nextUrl?: unknown },
  base: string | undefined,
): Omit<Feed, 'papers' | 'warnings'> {
  return compact({
    title: plainText(fields.title),
    description: plainText(fields.description),
    homePageUrl: safeUrl(fields.homePageUrl, { base }),
    nextUrl: safeUrl(fields.nextUrl, { base }),
  });
}
