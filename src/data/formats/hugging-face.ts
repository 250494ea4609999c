import { FeedError } from '../feed-error.js';
import { buildPapers, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describe, describeKeys, isRecord, type JsonRecord } from './read.js';

const PAPER_PAGE = 'https://huggingface.co/papers/';
const PROFILE_PAGE = 'https://huggingface.co/';

// Keys only Hugging Face papers have: an `id` and a `title` alone are also a CSL item's.
const PAPER_KEYS = [
  'publishedAt',
  'upvotes',
  'submittedOnDailyAt',
  'thumbnailUrl',
  'ai_summary',
  'ai_keywords',
  'numComments',
];

/** A flat paper, as `/api/papers/{id}` returns it and old search results listed them. */
function isFlatPaper(value: unknown): value is JsonRecord {
  return (
    isRecord(value) &&
    value['id'] !== undefined &&
    value['title'] !== undefined &&
    PAPER_KEYS.some((key) => key in value)
  );
}

/** An entry of `/api/daily_papers` or `/api/papers/search`: the paper nested under `paper`. */
function isWrappedPaper(value: unknown): value is JsonRecord & { paper: JsonRecord } {
  return isRecord(value) && isRecord(value['paper']);
}

/** True when `json` is one of the Hugging Face papers API's responses. */
export function isHuggingFace(json: unknown): boolean {
  if (Array.isArray(json)) {
    const first = json.find((entry) => entry !== null);
    return first === undefined || isWrappedPaper(first) || isFlatPaper(first);
  }
  return isFlatPaper(json);
}

function authorsOf(paper: JsonRecord): PaperDraft['authors'] {
  if (!Array.isArray(paper['authors'])) return undefined;
  return paper['authors'].filter(isRecord).map((author) => {
    // A hidden author is still an author of the paper, but asked not to be linked to a profile.
    const user = isRecord(author['user']) ? author['user']['user'] : undefined;
    const profile =
      author['hidden'] !== true && typeof user === 'string'
        ? PROFILE_PAGE + encodeURIComponent(user)
        : undefined;
    return { name: author['name'], url: profile };
  });
}

function entryDraft(entry: JsonRecord): PaperDraft {
  const wrapped = isWrappedPaper(entry);
  const paper = wrapped ? entry.paper : entry;
  const id = typeof paper['id'] === 'string' ? paper['id'].trim() : undefined;
  return {
    id,
    title: entry['title'] ?? paper['title'],
    url: id ? PAPER_PAGE + encodeURIComponent(id) : undefined,
    summary: [entry['summary'], paper['summary']],
    authors: authorsOf(paper),
    published: paper['publishedAt'],
    // In daily papers the outer `publishedAt` is the day the paper was featured.
    featured: (wrapped ? entry['publishedAt'] : undefined) ?? paper['submittedOnDailyAt'],
    upvotes: paper['upvotes'],
    comments: entry['numComments'] ?? paper['numComments'],
    thumbnail: entry['thumbnail'] ?? entry['thumbnailUrl'] ?? paper['thumbnail'],
    tags: paper['ai_keywords'],
    code: paper['githubRepo'],
    codeStars: paper['githubStars'],
    project: paper['projectPage'],
    arxivId: id,
  };
}

/**
 * The Hugging Face papers API in each shape it returns: `/api/daily_papers` (entries wrapping a
 * `paper`), `/api/papers/search` (the same wrapping, or `{id, title, thumbnailUrl}` in older
 * responses) and `/api/papers/{id}` (one flat paper).
 */
export function parseHuggingFace(json: unknown): Feed {
  if (isRecord(json) && typeof json['error'] === 'string') {
    throw new FeedError('format', `The Hugging Face API answered with an error: ${json['error']}`);
  }
  const entries = Array.isArray(json) ? json : [json];
  if (!Array.isArray(json) && !isFlatPaper(json)) {
    throw new FeedError(
      'format',
      `A Hugging Face papers response must be a list of papers or one paper with "id" and "title", got ${
        isRecord(json) ? describeKeys(json) : describe(json)
      }`,
    );
  }
  return buildPapers(
    entries,
    (entry, index) => ({
      where: Array.isArray(json) ? () => `entry ${index}` : 'the paper',
      draft: isRecord(entry) ? entryDraft(entry) : `must be an object, got ${describe(entry)}`,
    }),
    PAPER_PAGE,
  );
}
