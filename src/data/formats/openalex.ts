import { FeedError } from '../feed-error.js';
import { arxivIdFrom, buildFeed, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describeKeys, isRecord, type JsonRecord, recordOf, records } from './read.js';

const WORK_ID = /^https:\/\/openalex\.org\/W\d+$/i;

const isWork = (value: unknown): boolean =>
  isRecord(value) && typeof value['id'] === 'string' && WORK_ID.test(value['id']);

/** A `/works` list (`results` and `meta`) or one work (`/works/W…`). */
export function isOpenAlex(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (isWork(json)) return true;
  const results = json['results'];
  return (
    Array.isArray(results) && isRecord(json['meta']) && (results.length === 0 || isWork(results[0]))
  );
}

/** The abstract, which OpenAlex gives only as word → positions. */
export function abstractFromIndex(index: unknown): string | undefined {
  if (!isRecord(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      // Positions past the abstract's length would make a sparse array of millions: skip them.
      if (Number.isInteger(position) && position >= 0 && position < 100_000) words[position] = word;
    }
  }
  const text = words.filter((word) => word !== undefined).join(' ');
  return text === '' ? undefined : text;
}

function arxivIdOf(work: JsonRecord): string | undefined {
  for (const location of records(work['locations'])) {
    for (const field of ['landing_page_url', 'pdf_url', 'raw_source_name']) {
      const id = arxivIdFrom(location[field]);
      if (id) return id;
    }
  }
  return undefined;
}

function workDraft(work: JsonRecord): PaperDraft {
  const primary = recordOf(work['primary_location']);
  const topics = records(work['topics']);
  const concepts = records(work['concepts']).filter((concept) => Number(concept['score']) >= 0.5);
  return {
    id: work['id'],
    title: work['title'] ?? work['display_name'],
    url: primary['landing_page_url'] ?? work['doi'] ?? work['id'],
    summary: [abstractFromIndex(work['abstract_inverted_index'])],
    authors: records(work['authorships']).map((authorship) => ({
      name: recordOf(authorship['author'])['display_name'] ?? authorship['raw_author_name'],
      url: recordOf(authorship['author'])['orcid'],
    })),
    published: work['publication_date'] ?? work['publication_year'],
    venue: recordOf(primary['source'])['display_name'],
    pdf: recordOf(work['best_oa_location'])['pdf_url'] ?? primary['pdf_url'],
    arxivId: arxivIdOf(work),
    doi: work['doi'],
    citations: work['cited_by_count'],
    tags: (topics.length > 0 ? topics : concepts).map((topic) => topic['display_name']),
  };
}

/**
 * The next page on the URL this page came from: `meta.next_cursor` with cursor paging, else the
 * next `page` while `count` says more remain (basic paging, which keyless clients can use).
 */
function nextPage(meta: JsonRecord, base: string | undefined): string | undefined {
  if (!base) return undefined;
  const url = new URL(base);
  const cursor = meta['next_cursor'];
  const { page, per_page: perPage, count } = meta;
  if (typeof cursor === 'string' && cursor !== '') url.searchParams.set('cursor', cursor);
  else if (
    typeof page === 'number' &&
    typeof perPage === 'number' &&
    typeof count === 'number' &&
    page * perPage < count
  ) {
    url.searchParams.set('page', String(page + 1));
  } else return undefined;
  return url.href;
}

/**
 * OpenAlex works (api.openalex.org): `/works` lists and single works. Authors in order, the
 * abstract rebuilt from its index, the open-access PDF, the arXiv id from any location, topics
 * (else strong concepts) as tags; `meta.next_cursor` is the next page.
 */
export function parseOpenAlex(json: unknown, base: string | undefined): Feed {
  if (isRecord(json) && typeof json['error'] === 'string') {
    throw new FeedError(
      'format',
      `OpenAlex answered with an error: ${json['error']}${typeof json['message'] === 'string' ? ` (${json['message']})` : ''}`,
    );
  }
  if (!isOpenAlex(json)) {
    throw new FeedError(
      'format',
      `An OpenAlex answer is a /works list (results and meta) or one work, got ${isRecord(json) ? describeKeys(json) : 'no object'}`,
    );
  }
  const list = !isWork(json);
  const works = list ? ((json as JsonRecord)['results'] as unknown[]) : [json];
  return buildFeed(
    {
      nextUrl: list ? nextPage(recordOf((json as JsonRecord)['meta']), base) : undefined,
      entries: works.map((work, index) => ({
        where: list ? () => `results[${index}]` : 'the work',
        draft: isRecord(work) ? workDraft(work) : 'must be an object',
      })),
    },
    base,
  );
}
