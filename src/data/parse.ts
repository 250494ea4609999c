import { FeedError } from './feed-error.js';
import { describeKeys, describe, isRecord } from './formats/read.js';
import { isHuggingFace, parseHuggingFace } from './formats/hugging-face.js';
import { isJsonFeed, parseJsonFeed } from './formats/json-feed.js';
import { parseMapped, parseMapping, type FeedMapping } from './formats/mapped.js';
import type { Feed } from './paper.js';

/** The formats `parseFeed` reads; `auto` detects which one it was given. */
export type FeedFormat = 'auto' | 'json-feed' | 'hugging-face' | 'mapped';

export const FEED_FORMATS: readonly FeedFormat[] = ['auto', 'json-feed', 'hugging-face', 'mapped'];

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

function detectFormat(json: unknown): Exclude<FeedFormat, 'auto'> {
  if (isJsonFeed(json)) return 'json-feed';
  if (isHuggingFace(json)) return 'hugging-face';
  if (isRecord(json) && typeof json['error'] === 'string') return 'hugging-face';
  const got = isRecord(json)
    ? describeKeys(json)
    : Array.isArray(json) && json.length > 0
      ? `a list whose first entry is ${isRecord(json[0]) ? describeKeys(json[0]) : describe(json[0])}`
      : describe(json);
  throw new FeedError(
    'format',
    `Could not tell which feed format this is: expected a JSON Feed (an object with "version" and "items") or a Hugging Face papers API response (a list of papers), got ${got}. Set the format explicitly if it is one of these.`,
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

/**
 * Normalizes feed JSON into a `Feed`. Total: for any input it returns a Feed or throws a
 * `FeedError` with a message a site owner can act on, never anything else.
 */
export function parseFeed(data: unknown, options: ParseFeedOptions = {}): Feed {
  try {
    const { format = 'auto' } = options;
    if (!FEED_FORMATS.includes(format)) {
      throw new FeedError(
        'format',
        `Unknown feed format "${String(format)}": use ${FEED_FORMATS.join(', ')}`,
      );
    }
    const base = checkedBase(options.baseUrl);
    if (format === 'mapped') {
      if (!options.mapping) {
        throw new FeedError('format', 'The "mapped" format needs a mapping of fields to paths');
      }
      const mapping =
        typeof options.mapping === 'string' ? parseMapping(options.mapping) : options.mapping;
      return parseMapped(data, mapping, base);
    }
    const chosen = format === 'auto' ? detectFormat(data) : format;
    return chosen === 'json-feed' ? parseJsonFeed(data, base) : parseHuggingFace(data);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const reason = error instanceof Error ? error.message : 'an unexpected value was thrown';
    throw new FeedError('format', `The feed could not be read: ${reason}`, { cause: error });
  }
}
