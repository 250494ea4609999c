import { FeedError } from '../feed-error.js';
import { arxivIdFrom, buildFeed, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describeKeys, isRecord, type JsonRecord, records } from './read.js';

/** CSL-JSON items have a `type` and an `id`, and a title or a CSL-only field. */
const isCslItem = (value: unknown): value is JsonRecord =>
  isRecord(value) &&
  typeof value['type'] === 'string' &&
  value['id'] !== undefined &&
  ['title', 'author', 'issued', 'container-title', 'DOI'].some((key) => key in value);

/** A Zotero web API item (`format=json`): `key`, `library` and the item's `data`. */
const isZoteroItem = (value: unknown): value is JsonRecord =>
  isRecord(value) &&
  typeof value['key'] === 'string' &&
  isRecord(value['data']) &&
  isRecord(value['library']);

/** The items of a CSL-JSON export (an array, or Zotero's `{ items: [...] }`) or Zotero items. */
function itemsOf(json: unknown): { items: unknown[]; zotero: boolean } | undefined {
  const list = isRecord(json) && Array.isArray(json['items']) ? json['items'] : json;
  if (isZoteroItem(list)) return { items: [list], zotero: true };
  if (isCslItem(list)) return { items: [list], zotero: false };
  if (!Array.isArray(list)) return undefined;
  const first = list.find((item) => item !== null);
  if (isZoteroItem(first)) return { items: list, zotero: true };
  if (isCslItem(first)) return { items: list, zotero: false };
  return undefined;
}

export const isCslJson = (json: unknown) => itemsOf(json) !== undefined;

/** A CSL name: given + particle + family + suffix, or a `literal` (an organisation). */
function cslName(name: JsonRecord): string {
  if (typeof name['literal'] === 'string') return name['literal'];
  return ['given', 'dropping-particle', 'non-dropping-particle', 'family', 'suffix']
    .map((part) => name[part])
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
}

function cslDraft(item: JsonRecord): PaperDraft {
  const keywords =
    typeof item['keyword'] === 'string' ? item['keyword'].split(/\s*[,;]\s*/) : undefined;
  return {
    id: item['id'],
    title: item['title'],
    url: item['URL'],
    summary: [item['abstract']],
    authors: records(item['author'] ?? item['editor']).map(cslName),
    // `issued` as date-parts, or as `raw` / `literal` text.
    published: item['issued'],
    venue: item['container-title'],
    doi: item['DOI'],
    arxivId:
      arxivIdFrom(item['URL']) ?? /arxiv:\s*([\w./-]+)/i.exec(String(item['note'] ?? ''))?.[1],
    tags: keywords,
  };
}

/** Zotero's creators: `firstName` + `lastName`, or one `name`; authors first, else everyone. */
function zoteroAuthors(data: JsonRecord): string[] {
  const creators = records(data['creators']);
  const authors = creators.filter((creator) => creator['creatorType'] === 'author');
  return (authors.length > 0 ? authors : creators).map((creator) =>
    typeof creator['name'] === 'string'
      ? creator['name']
      : [creator['firstName'], creator['lastName']]
          .filter((part) => typeof part === 'string')
          .join(' '),
  );
}

const NOT_PAPERS = new Set(['attachment', 'note', 'annotation']);

function zoteroDraft(item: JsonRecord): PaperDraft | string {
  const data = item['data'] as JsonRecord;
  if (NOT_PAPERS.has(String(data['itemType'])))
    return `is a Zotero ${String(data['itemType'])}, not a paper`;
  const meta = isRecord(item['meta']) ? item['meta'] : {};
  const extra = String(data['extra'] ?? '');
  return {
    id: item['key'],
    title: data['title'],
    url: data['url'] || undefined,
    summary: [data['abstractNote']],
    authors: zoteroAuthors(data),
    // `meta.parsedDate` is Zotero's reading of the free-text `date` ("March 2014" → 2014-03).
    published: meta['parsedDate'] ?? data['date'],
    venue:
      data['publicationTitle'] ||
      data['proceedingsTitle'] ||
      data['bookTitle'] ||
      data['websiteTitle'] ||
      data['repository'] ||
      undefined,
    doi: data['DOI'] ?? /^DOI:\s*(\S+)/im.exec(extra)?.[1],
    arxivId: arxivIdFrom(data['url']) ?? /arxiv:\s*([\w./-]+)/i.exec(extra)?.[1],
    tags: records(data['tags']).map((tag) => tag['tag']),
  };
}

/**
 * CSL-JSON as Zotero, Pandoc, Mendeley, ORCID and citation.js export it (an array of items, or
 * Zotero's `format=csljson` object), and the Zotero web API's own JSON items. Attachments and
 * notes are not papers: they are skipped with a warning.
 */
export function parseCslJson(json: unknown, base: string | undefined): Feed {
  const found = itemsOf(json);
  if (!found) {
    throw new FeedError(
      'format',
      `CSL-JSON is a list of items with "type", "id" and "title" (or Zotero items with "key" and "data"), got ${isRecord(json) ? describeKeys(json) : Array.isArray(json) ? 'a list of something else' : 'no such list'}`,
    );
  }
  return buildFeed(
    {
      entries: found.items.map((item, index) => ({
        where: () => `item ${index + 1}`,
        draft: !isRecord(item)
          ? 'must be an object'
          : found.zotero
            ? zoteroDraft(item)
            : cslDraft(item),
      })),
    },
    base,
  );
}
