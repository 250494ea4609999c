import { FeedError } from '../feed-error.js';
import { buildFeed, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { isRecord, strings, type JsonRecord, records } from './read.js';

/** A Crossref REST answer: `message-type` `work` (`/works/{doi}`) or `work-list` (`/works`). */
export function isCrossref(json: unknown): boolean {
  return (
    isRecord(json) &&
    (json['message-type'] === 'work' || json['message-type'] === 'work-list') &&
    isRecord(json['message'])
  );
}

function pdfLink(work: JsonRecord): unknown {
  return records(work['link']).find((link) => link['content-type'] === 'application/pdf')?.['URL'];
}

/**
 * The title with its subtitle, which Crossref keeps apart (`"title": ["RoboCode-Ethicists"],
 * "subtitle": ["Privacy-friendly robots, …"]`), joined as a reference list writes them.
 */
function titleOf(work: JsonRecord): string | undefined {
  const [title] = strings(work['title']);
  const subtitle = strings(work['subtitle'])[0]?.trim();
  if (title === undefined || !subtitle) return title;
  const head = title.trimEnd();
  return `${head}${/[.:?!]$/.test(head) ? '' : ':'} ${subtitle}`;
}

function workDraft(work: JsonRecord): PaperDraft {
  const given = (person: JsonRecord) =>
    [person['given'], person['family']].filter((part) => typeof part === 'string').join(' ');
  return {
    id: work['DOI'],
    title: titleOf(work),
    url: work['URL'],
    summaryHtml: work['abstract'],
    authors: records(work['author']).map((person) => person['name'] ?? given(person)),
    // `{ "date-parts": [[2007, 12]] }`: as precise as the parts are.
    published:
      work['published'] ?? work['issued'] ?? work['published-print'] ?? work['published-online'],
    venue: strings(work['container-title'])[0],
    pdf: pdfLink(work),
    doi: work['DOI'],
    citations: work['is-referenced-by-count'],
    tags: work['subject'],
  };
}

function nextPage(
  message: JsonRecord,
  count: number,
  base: string | undefined,
): string | undefined {
  const cursor = message['next-cursor'];
  // Crossref keeps giving a cursor after the last page; an empty page is the end.
  if (typeof cursor !== 'string' || cursor === '' || count === 0 || !base) return undefined;
  const url = new URL(base);
  url.searchParams.set('cursor', cursor);
  return url.href;
}

/**
 * Crossref's REST API (api.crossref.org): `/works` lists with cursor paging and `/works/{doi}`.
 * Names from given + family (or an organisation's name), JATS abstracts, dates as precise as
 * the date-parts are.
 */
export function parseCrossref(json: unknown, base: string | undefined): Feed {
  if (!isCrossref(json)) {
    throw new FeedError(
      'format',
      'A Crossref answer has "message-type" work or work-list and a "message"',
    );
  }
  const message = (json as JsonRecord)['message'] as JsonRecord;
  const list = (json as JsonRecord)['message-type'] === 'work-list';
  const works = list ? (Array.isArray(message['items']) ? message['items'] : []) : [message];
  return buildFeed(
    {
      nextUrl: list ? nextPage(message, works.length, base) : undefined,
      entries: works.map((work, index) => ({
        where: list ? () => `message.items[${index}]` : 'the work',
        draft: isRecord(work) ? workDraft(work) : 'must be an object',
      })),
    },
    base,
  );
}
