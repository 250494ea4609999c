import { prepareEntities } from '../text/entities.js';
import { readFeedBody, type FeedBody } from './body.js';
import { FeedError } from './feed-error.js';
import { isCrossref, parseCrossref } from './formats/crossref.js';
import { isCslJson, parseCslJson } from './formats/csl-json.js';
import { isHuggingFace, parseHuggingFace } from './formats/hugging-face.js';
import { isJsonFeed, JSON_FEED_VERSION_PREFIX, parseJsonFeed } from './formats/json-feed.js';
import { parseMapped, parseMapping, type FeedMapping } from './formats/mapped.js';
import { isOpenAlex, parseOpenAlex } from './formats/openalex.js';
import { describe, describeKeys, isRecord } from './formats/read.js';
import { isSemanticScholar, parseSemanticScholar } from './formats/semantic-scholar.js';
import { importBibtexFeeds, importXmlFeeds } from './import-syntax.js';
import { buildFeed } from './normalize.js';
import type { Feed } from './paper.js';
import { safeUrl } from './url.js';

/** The formats Paperfeed reads; `auto` tells them apart by their content. */
export const FEED_FORMATS = [
  'auto',
  'json-feed',
  'hugging-face',
  'openalex',
  'crossref',
  'semantic-scholar',
  'csl-json',
  'bibtex',
  'rss',
  'atom',
  'arxiv',
  'mapped',
] as const;

export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The formats written as text (XML, BibTeX): `parseFeedText` reads them. */
const TEXT_FORMATS: ReadonlySet<FeedFormat> = new Set(['bibtex', 'rss', 'atom', 'arxiv']);

export interface ParseFeedOptions {
  /** Default `auto`. */
  format?: FeedFormat;
  /** What relative URLs in the feed resolve against (usually the feed's own URL). */
  baseUrl?: string;
  /**
   * For `format: 'mapped'`: where each field is in any JSON, as dotted paths, either as text
   * (`"items: data.results; title: name; authors: people.*.fullName"`) or as an object.
   */
  mapping?: string | FeedMapping;
}

type JsonFormat =
  'json-feed' | 'hugging-face' | 'openalex' | 'crossref' | 'semantic-scholar' | 'csl-json';

const JSON_READERS: Record<JsonFormat, (json: unknown, base: string | undefined) => Feed> = {
  'json-feed': parseJsonFeed,
  'hugging-face': (json) => parseHuggingFace(json),
  openalex: parseOpenAlex,
  crossref: parseCrossref,
  'semantic-scholar': parseSemanticScholar,
  'csl-json': parseCslJson,
};

// Most specific first: a JSON Feed's `version` settles it; a bare `items` list may be Zotero's.
const DETECTORS: [JsonFormat, (json: unknown) => boolean][] = [
  [
    'json-feed',
    (json) => isRecord(json) && String(json['version']).startsWith(JSON_FEED_VERSION_PREFIX),
  ],
  ['openalex', isOpenAlex],
  ['crossref', isCrossref],
  ['semantic-scholar', isSemanticScholar],
  ['csl-json', isCslJson],
  ['json-feed', isJsonFeed],
  ['hugging-face', isHuggingFace],
];

function detectJsonFormat(json: unknown): JsonFormat {
  const found = DETECTORS.find(([, test]) => test(json))?.[0];
  if (found) return found;
  if (isRecord(json) && typeof json['error'] === 'string') return 'hugging-face';
  const got = isRecord(json)
    ? `JSON with ${describeKeys(json).replace(/^an object with /, '')}, but no list of papers in it`
    : Array.isArray(json) && json.length > 0
      ? `a JSON list whose first entry is ${isRecord(json[0]) ? describeKeys(json[0]) : describe(json[0])}`
      : `JSON holding ${describe(json)}`;
  throw new FeedError(
    'format',
    `Could not tell which feed format this is: got ${got}. Paperfeed reads JSON Feed, OpenAlex, Crossref, Semantic Scholar, CSL-JSON, Zotero and Hugging Face answers, BibTeX, RSS, Atom and arXiv; for other JSON, give a mapping.`,
  );
}

function checkedBase(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  try {
    return new URL(baseUrl).href;
  } catch {
    throw new FeedError('format', `baseUrl must be an absolute URL, got "${baseUrl}"`);
  }
}

function checkedFormat(format: FeedFormat): FeedFormat {
  if (!FEED_FORMATS.includes(format)) {
    throw new FeedError(
      'format',
      `Unknown feed format "${String(format)}": use ${FEED_FORMATS.join(', ')}`,
    );
  }
  return format;
}

/** Runs `read`, turning anything it throws into a FeedError a site owner can act on. */
function asFeedErrors<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const reason = error instanceof Error ? error.message : 'an unexpected value was thrown';
    throw new FeedError('format', `The feed could not be read: ${reason}`, { cause: error });
  }
}

/**
 * Normalizes parsed feed JSON into a `Feed`. Total: for any input it returns a Feed or throws a
 * `FeedError` with a message a site owner can act on, never anything else. Text formats (BibTeX,
 * RSS, Atom, arXiv) go through `parseFeedText`.
 */
export function parseFeed(data: unknown, options: ParseFeedOptions = {}): Feed {
  return asFeedErrors(() => {
    const format = checkedFormat(options.format ?? 'auto');
    const base = checkedBase(options.baseUrl);
    if (TEXT_FORMATS.has(format) || (typeof data === 'string' && format === 'auto')) {
      throw new FeedError(
        'format',
        `parseFeed reads parsed JSON; for ${TEXT_FORMATS.has(format) ? `the ${format} format` : 'text'} use parseFeedText`,
      );
    }
    if (format === 'mapped') {
      if (!options.mapping) {
        throw new FeedError('format', 'The "mapped" format needs a mapping of fields to paths');
      }
      const mapping =
        typeof options.mapping === 'string' ? parseMapping(options.mapping) : options.mapping;
      return { format, ...parseMapped(data, mapping, base) };
    }
    const chosen = format === 'auto' ? detectJsonFormat(data) : (format as JsonFormat);
    return { format: chosen, ...JSON_READERS[chosen](data, base) };
  });
}

/** Reads a body `readFeedBody` gave: JSON at once, XML and BibTeX through their chunk. */
export async function parseFeedBody(body: FeedBody, options: ParseFeedOptions = {}): Promise<Feed> {
  const format = checkedFormat(options.format ?? 'auto');
  const base = checkedBase(options.baseUrl);
  let feed: Feed;
  if (body.syntax === 'json') {
    feed = parseFeed(body.json, options);
  } else if (body.syntax === 'bibtex') {
    const { readBibtexFeed } = await importBibtexFeeds();
    feed = { format: 'bibtex', ...asFeedErrors(() => buildFeed(readBibtexFeed(body.text), base)) };
  } else {
    const { readXmlFeed } = await importXmlFeeds();
    const xmlFormat = format === 'rss' || format === 'atom' || format === 'arxiv' ? format : 'auto';
    if (format !== 'auto' && xmlFormat === 'auto') {
      throw new FeedError('format', `The format "${format}" is JSON, but the answer is XML`);
    }
    feed = asFeedErrors(() => {
      const read = readXmlFeed(body.text, xmlFormat, base);
      return { format: read.format, ...buildFeed(read.feed, base) };
    });
  }
  const next = feed.nextUrl ?? safeUrl(body.linkNext, { base });
  return next && !feed.nextUrl ? { ...feed, nextUrl: next } : feed;
}

/**
 * Reads a feed from its text in any format: JSON, XML (RSS, Atom, arXiv) or BibTeX, told apart
 * by content unless `format` says. Loads the reader of XML or BibTeX (and the full table of
 * character references) when the text needs them. Fails only with a `FeedError`.
 */
export async function parseFeedText(text: string, options: ParseFeedOptions = {}): Promise<Feed> {
  const body = readFeedBody(text, { format: checkedFormat(options.format ?? 'auto') });
  await prepareEntities(text);
  return parseFeedBody(body, options);
}
