import { parsePaperDate } from '../text/dates.js';
import { inlineText, plainText, readBlock, readInline, type BlockText } from '../text/plain.js';
import { safeUrl, SCHEME } from './url.js';
import { isDeferrable, withDeferredSummary } from './deferred-summary.js';
import { count, strings } from './formats/read.js';
import type { PaperField } from './fields.js';
import type { Author, Feed, Paper, PaperLinks } from './paper.js';

/** What a format read from its JSON, still unvetted: every field goes through `buildPaper`. */
export interface PaperDraft {
  id?: unknown;
  title?: unknown;
  url?: unknown;
  /** Plain-text abstract candidates, best first (entities decoded, tags only if clearly markup). */
  summary?: unknown[];
  /** An HTML (or JATS) abstract, used when no plain-text one is given. */
  summaryHtml?: unknown;
  /** Plain text used when neither of the above is given. */
  summaryFallback?: unknown;
  /** Each author as an object, or as a bare name. */
  authors?: ({ name: unknown; url?: unknown } | unknown)[];
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
  citations?: unknown;
}

/**
 * One entry of a source: its draft, or why it is not a paper. `where` names it in warnings; a
 * format with many entries gives it as a function, so a clean feed never builds the names.
 */
export interface DraftEntry {
  where: string | (() => string);
  draft: PaperDraft | string;
}

/** What a format read from a whole source: the feed's own fields and one draft per entry. */
export interface FeedDraft {
  title?: unknown;
  description?: unknown;
  homePageUrl?: unknown;
  nextUrl?: unknown;
  entries: DraftEntry[];
  /** What the format itself noticed (a damaged entry, a skipped attachment). */
  warnings?: string[];
}

// The draft has a field for every row of the field table (PAPER_FIELDS): a new row without one
// here fails to compile.
const draftCoversTheTable: [Exclude<PaperField, keyof PaperDraft>] extends [never] ? true : never =
  true;
void draftCoversTheTable;

const NEW_ARXIV_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;
const OLD_ARXIV_ID = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i;
const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i;
const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_DOI = /^10\.48550\/arxiv\./i;

/** A bare arXiv id from an id, `arXiv:` reference or arxiv.org URL; the version is dropped. */
export function arxivIdFrom(value: unknown): string | undefined {
  const text = plainText(value);
  if (!text) return undefined;
  const bare = (ARXIV_URL.exec(text)?.[1] ?? text).replace(/^arxiv:/i, '');
  return (NEW_ARXIV_ID.exec(bare) ?? OLD_ARXIV_ID.exec(bare))?.[1];
}

/**
 * A bare DOI from `10.x/y`, `doi:10.x/y`, `DOI 10.x/y` or a doi.org URL. DOIs are compared
 * case-insensitively (`sameDoi`), so the source's case is kept for display.
 */
export function doiFrom(value: unknown): string | undefined {
  const text = plainText(value);
  if (!text) return undefined;
  let bare = text
    .replace(/^doi:?\s*/i, '')
    .replace(/^(?:https?:\/\/)?(?:www\.|dx\.)?doi\.org\//i, '');
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

/** `value` as a safe link, or undefined with a warning that says why it was left out. */
function vettedLink(
  value: unknown,
  field: string,
  base: string | undefined,
  warn: (message: string) => void,
  allowMailto = false,
): string | undefined {
  // Most papers lack most links: this is called for each of them.
  if (value === undefined || value === null) return undefined;
  const safe = safeUrl(value, { base, allowMailto });
  if (safe !== undefined || typeof value !== 'string') return safe;
  const written = value.trim();
  if (written === '') return undefined;
  const scheme = SCHEME.exec(written)?.[1]?.toLowerCase();
  const why =
    base === undefined && scheme === undefined
      ? 'a relative link and no feed URL to resolve it against'
      : allowMailto && scheme === 'mailto'
        ? 'a mailto link without one valid address'
        : `not an http(s)${allowMailto ? ' or mailto' : ''} link`;
  warn(`has ${field} that is ${why} (${JSON.stringify(value.slice(0, 60))}); left out`);
  return undefined;
}

function authorsFrom(
  draft: PaperDraft['authors'],
  base: string | undefined,
  warn: (message: string) => void,
): Author[] {
  const authors: Author[] = [];
  if (draft === undefined) return authors;
  for (const author of draft) {
    const record = typeof author === 'object' && author !== null && !Array.isArray(author);
    const fields = record ? (author as { name: unknown; url?: unknown }) : { name: author };
    const name = inlineText(fields.name);
    if (!name) continue;
    const url = vettedLink(fields.url, 'an author link', base, warn, true);
    authors.push(url ? { name, url } : { name });
  }
  return authors;
}

/** A date the source gave, or undefined with a warning when it cannot be read. */
function dateFrom(
  value: unknown,
  field: string,
  warn: (message: string) => void,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = parsePaperDate(value);
  if (date === undefined)
    warn(`has an unreadable ${field} date (${JSON.stringify(value)?.slice(0, 60)}); left out`);
  return date;
}

function tagsFrom(value: unknown): string[] {
  if (value === undefined) return [];
  const given = strings(value);
  if (given.length === 0) return [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of given) {
    // A label: any space in it a plain one, so "deep learning" is one chip however it was spaced.
    const text = inlineText(tag)?.replace(/\s/g, ' ');
    if (!text) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(text);
  }
  return tags;
}

/** A candidate abstract read now, or its source when it is a long plain one to read later. */
const readOrDefer = (value: unknown) => (isDeferrable(value) ? value : readBlock(value));

/**
 * The first candidate abstract with text: the rest (often the same abstract again) are not read.
 * A field not given is passed over here, as in `tagsFrom`: most papers lack most of them, and a
 * large feed's one parse runs mostly before the engine has optimized this code.
 */
function abstractOf({
  summary,
  summaryHtml,
  summaryFallback,
}: PaperDraft): BlockText | string | undefined {
  for (const value of summary ?? []) {
    const found = value === undefined ? undefined : readOrDefer(value);
    if (found) return found;
  }
  return (
    (summaryHtml === undefined ? undefined : readBlock(summaryHtml, 'markup')) ??
    (summaryFallback === undefined ? undefined : readOrDefer(summaryFallback))
  );
}

/** Drops undefined fields so a Paper never carries `key: undefined` (it would show as "undefined"). */
function compact<T extends object>(value: T): T {
  const kept: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) kept[key] = value[key];
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
 * through `safeUrl`, every date through `parsePaperDate`, every text through the text pipeline
 * (`readInline`, `readBlock`); what cannot be read is left out and told to `warn`.
 */
export function buildPaper(
  draft: PaperDraft,
  base: string | undefined,
  warn: (message: string) => void = () => {},
): Paper | string {
  const titleText = readInline(draft.title);
  if (!titleText) return 'has no title';
  const title = titleText.text;

  const url = vettedLink(draft.url, 'a url', base, warn);
  const doi = doiFrom(draft.doi);
  // A vetted link has its host in lower case: one not on arxiv.org holds no arXiv id. The DOIs
  // arXiv registers (10.48550/arXiv.<id>) name the paper just as well.
  const arxivId =
    arxivIdFrom(draft.arxivId) ??
    (url?.includes('arxiv.org') ? arxivIdFrom(url) : undefined) ??
    (doi && ARXIV_DOI.test(doi) ? arxivIdFrom(doi.replace(ARXIV_DOI, '')) : undefined);
  const arxivPage = arxivId ? `https://arxiv.org/abs/${arxivId}` : undefined;
  const codeUrl = vettedLink(draft.code, 'a code link', base, warn);

  const links: PaperLinks = compact({
    pdf:
      vettedLink(draft.pdf, 'a PDF link', base, warn) ??
      (arxivId ? `https://arxiv.org/pdf/${arxivId}` : undefined),
    code: codeUrl ? compact({ url: codeUrl, stars: count(draft.codeStars) }) : undefined,
    project: vettedLink(draft.project, 'a project link', base, warn),
    arxiv: arxivPage,
    doi: doi ? doiUrl(doi) : undefined,
  });

  const abstract = abstractOf(draft);
  const authors = authorsFrom(draft.authors, base, warn);
  const published = dateFrom(draft.published, 'publication', warn);
  const id =
    plainText(draft.id) ??
    `paper-${stableHash(url ?? doi ?? arxivId ?? `${title}|${published ?? ''}`)}`;

  // Each field given is set in the order of `Paper`: a literal passed through compact() costs a
  // large feed's parse more, its copy by key running before the engine has optimized it.
  const paper = { id, title } as Paper;
  if (titleText.runs) paper.titleRuns = titleText.runs;
  const pageUrl = url ?? arxivPage;
  if (pageUrl !== undefined) paper.url = pageUrl;
  if (abstract !== undefined && typeof abstract !== 'string') {
    paper.summary = abstract.text;
    if (abstract.paragraphs) paper.summaryRuns = abstract.paragraphs;
  }
  paper.authors = authors;
  const authorCount = count(draft.authorCount) ?? (authors.length > 0 ? authors.length : undefined);
  if (authorCount !== undefined) paper.authorCount = authorCount;
  if (published !== undefined) paper.published = published;
  const featured = dateFrom(draft.featured, 'featured', warn);
  if (featured !== undefined) paper.featured = featured;
  const upvotes = count(draft.upvotes);
  if (upvotes !== undefined) paper.upvotes = upvotes;
  const comments = count(draft.comments);
  if (comments !== undefined) paper.comments = comments;
  const thumbnail = vettedLink(draft.thumbnail, 'a thumbnail', base, warn);
  if (thumbnail !== undefined) paper.thumbnail = thumbnail;
  paper.tags = tagsFrom(draft.tags);
  const venue = inlineText(draft.venue);
  if (venue !== undefined) paper.venue = venue;
  paper.links = links;
  if (arxivId !== undefined) paper.arxivId = arxivId;
  if (doi !== undefined) paper.doi = doi;
  const bibtex = plainText(draft.bibtex);
  if (bibtex !== undefined) paper.bibtex = bibtex;
  const citations = count(draft.citations);
  if (citations !== undefined) paper.citations = citations;
  return typeof abstract === 'string' ? withDeferredSummary(paper, abstract) : paper;
}

/**
 * Builds a paper from each item, skipping (with a warning) those that cannot be one, and makes ids
 * unique: a repeated id gets `-2`, `-3`, … in feed order. `entryOf` reads one item into its draft
 * just before it is built: a large feed's drafts then die young, rather than all living until
 * the last one is read.
 */
export function buildPapers<T>(
  items: readonly T[],
  entryOf: (item: T, index: number) => DraftEntry,
  base: string | undefined,
): { papers: Paper[]; warnings: string[] } {
  const papers: Paper[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  // One function for every entry (a large feed would make one each): it names the current one.
  let where: DraftEntry['where'] = '';
  const warn = (message: string) =>
    warnings.push(`${typeof where === 'string' ? where : where()} ${message}`);
  for (let index = 0; index < items.length; index++) {
    const entry = entryOf(items[index] as T, index);
    const { draft } = entry;
    where = entry.where;
    const paper = typeof draft === 'string' ? draft : buildPaper(draft, base, warn);
    if (typeof paper === 'string') {
      warn(`${paper}; skipped`);
      continue;
    }
    let id = paper.id;
    for (let n = 2; ids.has(id); n++) id = `${paper.id}-${n}`;
    ids.add(id);
    papers.push(id === paper.id ? paper : { ...paper, id });
  }
  return { papers, warnings };
}

/** The feed's own fields; a link left out is named in `warnings`. */
export function feedMeta(
  fields: { title?: unknown; description?: unknown; homePageUrl?: unknown; nextUrl?: unknown },
  base: string | undefined,
  warnings: string[],
): Omit<Feed, 'papers' | 'warnings'> {
  const warn = (message: string) => warnings.push(`the feed ${message}`);
  return compact({
    title: inlineText(fields.title),
    description: readBlock(fields.description)?.text,
    homePageUrl: vettedLink(fields.homePageUrl, 'a home page link', base, warn),
    nextUrl: vettedLink(fields.nextUrl, 'a next page link', base, warn),
  });
}

/** Builds a whole feed from a format's draft: its papers vetted, its warnings first. */
export function buildFeed(draft: FeedDraft, base: string | undefined): Feed {
  const { papers, warnings } = buildPapers(draft.entries, (entry) => entry, base);
  const feedWarnings = [...(draft.warnings ?? [])];
  const meta = feedMeta(draft, base, feedWarnings);
  return { ...meta, papers, warnings: [...feedWarnings, ...warnings] };
}
