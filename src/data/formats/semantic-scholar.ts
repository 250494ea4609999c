import { FeedError } from '../feed-error.js';
import { buildFeed, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describeKeys, isRecord, type JsonRecord, recordOf } from './read.js';

const isPaper = (value: unknown): boolean =>
  isRecord(value) && typeof value['paperId'] === 'string';

/** `/references` and `/citations` wrap each paper as `citedPaper` or `citingPaper`. */
const unwrap = (value: unknown): unknown =>
  isRecord(value) && !isPaper(value)
    ? (value['citedPaper'] ?? value['citingPaper'] ?? value)
    : value;

/**
 * The papers of a Semantic Scholar Graph API answer: a list (`data`, as `/paper/search` and
 * `/author/{id}/papers` give it), an author with `papers`, a batch (an array) or one paper.
 */
function papersOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json))
    return json.length > 0 && json.every((paper) => paper === null || isPaper(paper))
      ? json
      : undefined;
  if (!isRecord(json)) return undefined;
  if (isPaper(json)) return [json];
  for (const key of ['data', 'papers']) {
    const list = json[key];
    if (Array.isArray(list) && (list.length === 0 || isPaper(unwrap(list[0])))) {
      return list.map(unwrap);
    }
  }
  return undefined;
}

export const isSemanticScholar = (json: unknown) => papersOf(json) !== undefined;

function paperDraft(paper: JsonRecord): PaperDraft {
  const ids = recordOf(paper['externalIds']);
  const fields = Array.isArray(paper['s2FieldsOfStudy'])
    ? paper['s2FieldsOfStudy'].filter(isRecord).map((field) => field['category'])
    : paper['fieldsOfStudy'];
  return {
    id: paper['paperId'],
    title: paper['title'],
    url: paper['url'],
    summary: [paper['abstract'], recordOf(paper['tldr'])['text']],
    authors: Array.isArray(paper['authors'])
      ? paper['authors'].filter(isRecord).map((author) => author['name'])
      : undefined,
    published: paper['publicationDate'] ?? paper['year'],
    venue:
      paper['venue'] ||
      recordOf(paper['journal'])['name'] ||
      recordOf(paper['publicationVenue'])['name'],
    pdf: recordOf(paper['openAccessPdf'])['url'],
    arxivId: ids['ArXiv'],
    doi: ids['DOI'],
    citations: paper['citationCount'],
    tags: fields,
  };
}

/** The next page: the same request from `next`, which the API gives while papers remain. */
function nextPage(json: unknown, base: string | undefined): string | undefined {
  if (!isRecord(json) || !base) return undefined;
  const next = json['next'];
  if (typeof next !== 'number' || !Number.isInteger(next) || next <= 0) return undefined;
  const url = new URL(base);
  url.searchParams.set('offset', String(next));
  return url.href;
}

/**
 * The Semantic Scholar Graph API (api.semanticscholar.org/graph/v1): paper lists, author papers,
 * batches and single papers. DOI and arXiv id from `externalIds`, the open-access PDF, the
 * citation count; `next` is the next page.
 */
export function parseSemanticScholar(json: unknown, base: string | undefined): Feed {
  if (
    isRecord(json) &&
    (typeof json['error'] === 'string' || typeof json['message'] === 'string') &&
    !papersOf(json)
  ) {
    throw new FeedError(
      'format',
      `Semantic Scholar answered with an error: ${String(json['error'] ?? json['message'])}`,
    );
  }
  const papers = papersOf(json);
  if (!papers) {
    throw new FeedError(
      'format',
      `A Semantic Scholar answer lists papers with "paperId" (in "data", "papers" or an array), got ${isRecord(json) ? describeKeys(json) : 'no such list'}`,
    );
  }
  return buildFeed(
    {
      nextUrl: nextPage(json, base),
      entries: papers.map((paper, index) => ({
        where: () => `paper ${index + 1}`,
        draft: isRecord(paper)
          ? paperDraft(paper)
          : 'is not a paper (the API gives null for an unknown id)',
      })),
    },
    base,
  );
}
