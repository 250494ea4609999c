import { FeedError } from '../feed-error.js';
import { buildPapers, feedMeta, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describe, isRecord, requireArray, type JsonRecord } from './read.js';

export const JSON_FEED_VERSION_PREFIX = 'https://jsonfeed.org/version/';

/** True when `json` looks like a JSON Feed: its `version` URL, or at least an `items` array. */
export function isJsonFeed(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const { version } = json;
  return (
    (typeof version === 'string' && version.startsWith(JSON_FEED_VERSION_PREFIX)) ||
    Array.isArray(json['items'])
  );
}

type DraftAuthors = NonNullable<PaperDraft['authors']>;

/**
 * JSON Feed 1.1's `authors`, or 1.0's singular `author`: objects by the spec, plain names
 * (`"author": "Rebecca Rui"`) as some generators write them.
 */
function authorsOf(record: JsonRecord): DraftAuthors | undefined {
  const given = record['authors'] ?? record['author'];
  if (given === undefined || given === null) return undefined;
  const list: unknown[] = Array.isArray(given) ? given : [given];
  return list.map((author) =>
    isRecord(author) ? { name: author['name'], url: author['url'] } : author,
  );
}

function pdfAttachment(item: JsonRecord): unknown {
  const attachments = item['attachments'];
  if (!Array.isArray(attachments)) return undefined;
  return attachments
    .filter(isRecord)
    .find((attachment) => String(attachment['mime_type']).toLowerCase() === 'application/pdf')?.[
    'url'
  ];
}

function itemDraft(item: JsonRecord, feedAuthors: DraftAuthors | undefined): PaperDraft {
  const extension = isRecord(item['_paperfeed']) ? item['_paperfeed'] : {};
  const authors = authorsOf(item);
  return {
    id: item['id'],
    title: item['title'],
    url: item['url'] ?? item['external_url'],
    // content_html keeps the paragraphs that content_text generators (Jekyll's strip_html) run together.
    summary: [item['summary']],
    summaryHtml: item['content_html'],
    summaryFallback: item['content_text'],
    authors: authors && authors.length > 0 ? authors : feedAuthors,
    authorCount: extension['author_count'],
    published: extension['published'] ?? item['date_published'] ?? item['date_modified'],
    featured: extension['featured_at'],
    upvotes: extension['upvotes'],
    comments: extension['comments'],
    citations: extension['citations'],
    thumbnail: item['image'] ?? item['banner_image'],
    tags: item['tags'],
    venue: extension['venue'],
    pdf: extension['pdf_url'] ?? pdfAttachment(item),
    code: extension['code_url'],
    codeStars: extension['code_stars'],
    project: extension['project_url'],
    arxivId: extension['arxiv_id'],
    doi: extension['doi'],
    bibtex: extension['bibtex'],
  };
}

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org), with Paperfeed's `_paperfeed` item extension for what
 * JSON Feed has no field for (upvotes, author count, code, DOI, BibTeX, …).
 */
export function parseJsonFeed(json: unknown, base: string | undefined): Feed {
  if (!isRecord(json)) {
    throw new FeedError('format', `A JSON Feed must be an object, got ${describe(json)}`);
  }
  const items = requireArray(json, 'items', 'a JSON Feed lists its papers in an "items" array');
  const feedAuthors = authorsOf(json);
  const { papers, warnings } = buildPapers(
    items,
    (item, index) => ({
      where: () => `items[${index}]`,
      draft: isRecord(item)
        ? itemDraft(item, feedAuthors)
        : `must be an object, got ${describe(item)}`,
    }),
    base,
  );
  const feedWarnings: string[] = [];
  const meta = feedMeta(
    {
      title: json['title'],
      description: json['description'],
      homePageUrl: json['home_page_url'],
      nextUrl: json['next_url'],
    },
    base,
    feedWarnings,
  );
  return { ...meta, papers, warnings: [...feedWarnings, ...warnings] };
}
