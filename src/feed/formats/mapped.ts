import { FeedError } from '../feed-error.js';
import { buildPapers, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describe, isRecord } from './read.js';

/** What a mapping can fill: where the papers are, and each Paper field. */
export const MAPPING_KEYS = [
  'items',
  'id',
  'title',
  'url',
  'summary',
  'authors',
  'authorCount',
  'published',
  'featured',
  'upvotes',
  'comments',
  'thumbnail',
  'tags',
  'venue',
  'pdf',
  'code',
  'codeStars',
  'project',
  'arxivId',
  'doi',
  'bibtex',
] as const;

export type MappingKey = (typeof MAPPING_KEYS)[number];

/** Dotted paths into any JSON: `data.results`, `links.0.href`, `people.*.fullName`. */
export type FeedMapping = Partial<Record<MappingKey, string>>;

/** Reads `"items: data.results; title: name; url: links.0.href"`. */
export function parseMapping(text: string): FeedMapping {
  const mapping: FeedMapping = {};
  for (const entry of text.split(';')) {
    if (entry.trim() === '') continue;
    const colon = entry.indexOf(':');
    const key = entry.slice(0, colon).trim();
    const path = entry.slice(colon + 1).trim();
    if (colon < 0 || !key || !path) {
      throw new FeedError('format', `Mapping entry "${entry.trim()}" must read "field: path"`);
    }
    if (!(MAPPING_KEYS as readonly string[]).includes(key)) {
      throw new FeedError(
        'format',
        `Unknown mapping field "${key}": use ${MAPPING_KEYS.join(', ')}`,
      );
    }
    mapping[key as MappingKey] = path;
  }
  if (!mapping.title) throw new FeedError('format', 'A mapping needs a "title" path');
  return mapping;
}

const MISSING = Symbol('missing');

/** Follows a path; `*` maps over an array (and makes the result a list). */
function resolve(value: unknown, segments: string[]): unknown {
  const [segment, ...rest] = segments;
  if (segment === undefined) return value;
  if (segment === '*') {
    if (!Array.isArray(value)) return MISSING;
    return value
      .map((item) => resolve(item, rest))
      .filter((item) => item !== MISSING)
      .flat();
  }
  let next: unknown = MISSING;
  if (Array.isArray(value) && /^\d+$/.test(segment)) next = value[Number(segment)] ?? MISSING;
  else if (isRecord(value) && Object.hasOwn(value, segment)) next = value[segment];
  return next === MISSING ? MISSING : resolve(next, rest);
}

const segmentsOf = (path: string) => (path === '.' ? [] : path.split('.'));

/** `[2016, 7, 21]` (Crossref's date-parts) as `2016-07-21`; other values pass through. */
function dateValue(value: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0 || value.length > 3) return value;
  if (!value.every((part) => Number.isInteger(part))) return value;
  const [year, month = 1, day = 1] = value as number[];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * Any JSON API, read through a mapping of dotted paths. A path that resolves in none of the
 * items is a FeedError naming it (a typo should not silently empty a field).
 */
export function parseMapped(json: unknown, mapping: FeedMapping, base: string | undefined): Feed {
  const itemsPath = mapping.items ?? '.';
  const items = resolve(json, segmentsOf(itemsPath));
  if (items === MISSING) {
    throw new FeedError(
      'format',
      `The mapping's items path "${itemsPath}" does not resolve in this JSON`,
    );
  }
  if (!Array.isArray(items)) {
    throw new FeedError(
      'format',
      `The mapping's items path "${itemsPath}" must lead to a list, got ${describe(items)}`,
    );
  }

  const fields = Object.entries(mapping).filter(([key]) => key !== 'items') as [
    MappingKey,
    string,
  ][];
  const resolved = items.map((item) =>
    Object.fromEntries(fields.map(([key, path]) => [key, resolve(item, segmentsOf(path))])),
  );
  if (items.length > 0) {
    for (const [key, path] of fields) {
      if (resolved.every((values) => values[key] === MISSING)) {
        throw new FeedError(
          'format',
          `The mapping's ${key} path "${path}" does not resolve in any of the ${items.length} items`,
        );
      }
    }
  }

  const value = (values: Record<string, unknown>, key: MappingKey) =>
    values[key] === MISSING ? undefined : values[key];
  const drafts = resolved.map((values, index) => {
    const authors = value(values, 'authors');
    const names = Array.isArray(authors) ? authors : authors === undefined ? [] : [authors];
    const draft: PaperDraft = {
      id: first(value(values, 'id')),
      title: first(value(values, 'title')),
      url: first(value(values, 'url')),
      summary: [first(value(values, 'summary'))],
      authors: names.map((name) => ({ name })),
      authorCount: value(values, 'authorCount'),
      published: dateValue(value(values, 'published')),
      featured: dateValue(value(values, 'featured')),
      upvotes: value(values, 'upvotes'),
      comments: value(values, 'comments'),
      thumbnail: first(value(values, 'thumbnail')),
      tags: value(values, 'tags'),
      venue: first(value(values, 'venue')),
      pdf: first(value(values, 'pdf')),
      code: first(value(values, 'code')),
      codeStars: value(values, 'codeStars'),
      project: first(value(values, 'project')),
      arxivId: first(value(values, 'arxivId')),
      doi: first(value(values, 'doi')),
      bibtex: value(values, 'bibtex'),
    };
    return { where: `item ${index}`, draft };
  });
  return buildPapers(drafts, base);
}
