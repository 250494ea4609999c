import { FeedError } from '../feed-error.js';
import { PAPER_FIELD_NAMES, type PaperField } from '../fields.js';
import { buildPapers, type PaperDraft } from '../normalize.js';
import type { Feed } from '../paper.js';
import { describe, isRecord } from './read.js';

/** What a mapping can fill: where the papers are, and each field of the field table. */
export const MAPPING_KEYS = ['items', ...PAPER_FIELD_NAMES] as const;

export type MappingKey = 'items' | PaperField;

/**
 * Dotted paths into any JSON (`data.results`, `links.0.href`, `people.*.fullName`), combined:
 * `a + b` joins the parts with a space (a missing part is left out), `a | b` takes the first
 * that resolves; `+` binds tighter than `|`.
 */
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
function resolve(value: unknown, segments: readonly string[]): unknown {
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

/** A mapping's value for one field: alternatives (`|`) of parts joined with a space (`+`). */
type Expression = string[][][];

function parseExpression(text: string): Expression {
  return text
    .split('|')
    .map((alternative) => alternative.split('+').map((path) => segmentsOf(path.trim())));
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const isEmpty = (value: unknown) =>
  value === MISSING ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** The first alternative that resolves; several parts become one string, joined by spaces. */
function evaluate(value: unknown, expression: Expression): unknown {
  for (const parts of expression) {
    const values = parts.map((path) => resolve(value, path));
    if (values.length === 1) {
      if (!isEmpty(values[0])) return values[0];
      continue;
    }
    const texts = values
      .map(first)
      .filter((part) => typeof part === 'string' || typeof part === 'number')
      .map((part) => String(part).trim())
      .filter((part) => part !== '');
    if (texts.length > 0) return texts.join(' ');
  }
  return MISSING;
}

/**
 * A list field (authors) whose paths all go through the same `list.*`: each entry of the list is
 * read on its own, so one author may have a `name` and the next a `given` and a `family`.
 */
function evaluateEach(value: unknown, expression: Expression): unknown {
  const paths = expression.flat();
  const star = paths[0]?.lastIndexOf('*') ?? -1;
  const prefix = paths[0]?.slice(0, star + 1) ?? [];
  const shared =
    star >= 0 &&
    paths.every((path) => path.length > star && prefix.every((segment, i) => path[i] === segment));
  if (!shared) return evaluate(value, expression);
  const entries = resolve(value, prefix);
  if (!Array.isArray(entries)) return MISSING;
  const rest = expression.map((parts) => parts.map((path) => path.slice(star + 1)));
  return entries.map((entry) => evaluate(entry, rest)).filter((name) => !isEmpty(name));
}

/**
 * The items to read: the list at the items path; one object there (or, when the path leads
 * nowhere, at its longest prefix that has a title) is a feed of one paper, as single-work API
 * answers (`/works/W…`, `/works/{doi}`) are.
 */
function itemsOf(json: unknown, itemsPath: string, title: Expression): unknown[] {
  const segments = segmentsOf(itemsPath);
  const items = resolve(json, segments);
  if (Array.isArray(items)) return items;
  if (isRecord(items)) return [items];
  if (items === MISSING) {
    for (let length = segments.length - 1; length >= 0; length--) {
      const candidate = resolve(json, segments.slice(0, length));
      if (isRecord(candidate) && !isEmpty(evaluate(candidate, title))) return [candidate];
    }
    throw new FeedError(
      'format',
      `The mapping's items path "${itemsPath}" does not resolve in this JSON`,
    );
  }
  throw new FeedError(
    'format',
    `The mapping's items path "${itemsPath}" must lead to a list, got ${describe(items)}`,
  );
}

/**
 * Any JSON API, read through a mapping of dotted paths. A field whose paths resolve in none of
 * the items is a FeedError naming it (a typo should not silently empty a field).
 */
export function parseMapped(json: unknown, mapping: FeedMapping, base: string | undefined): Feed {
  const expressions = Object.entries(mapping)
    .filter(([key]) => key !== 'items')
    .map(([key, path]) => [key, path, parseExpression(path)]) as [MappingKey, string, Expression][];
  const title = expressions.find(([key]) => key === 'title')?.[2] ?? [];
  const items = itemsOf(json, mapping.items ?? '.', title);

  const resolved = items.map((item) =>
    Object.fromEntries(
      expressions.map(([key, , expression]) => [
        key,
        key === 'authors' ? evaluateEach(item, expression) : evaluate(item, expression),
      ]),
    ),
  );
  if (items.length > 0) {
    for (const [key, path, expression] of expressions) {
      if (resolved.every((values) => isEmpty(values[key]))) {
        // An optional key (`externalIds.ArXiv`) may be absent from a whole page of answers; its
        // parent object being there is enough. A top-level typo still fails.
        const paths = expression.flat();
        const anyResolves = items.some((item) =>
          paths.some(
            (segments) =>
              resolve(item, segments) !== MISSING ||
              (segments.length > 1 && isRecord(first(resolve(item, segments.slice(0, -1))))),
          ),
        );
        if (anyResolves) continue;
        throw new FeedError(
          'format',
          `The mapping's ${key} path "${path}" does not resolve in any of the ${items.length} items`,
        );
      }
    }
  }

  const value = (values: Record<string, unknown>, key: MappingKey) =>
    values[key] === MISSING ? undefined : values[key];
  return buildPapers(
    resolved,
    (values, index) => {
      const authors = value(values, 'authors');
      const names = Array.isArray(authors) ? authors : authors === undefined ? [] : [authors];
      const draft: PaperDraft = {
        id: first(value(values, 'id')),
        title: first(value(values, 'title')),
        url: first(value(values, 'url')),
        summary: [first(value(values, 'summary'))],
        authors: names,
        authorCount: first(value(values, 'authorCount')),
        published: value(values, 'published'),
        featured: value(values, 'featured'),
        upvotes: first(value(values, 'upvotes')),
        comments: first(value(values, 'comments')),
        thumbnail: first(value(values, 'thumbnail')),
        tags: value(values, 'tags'),
        venue: first(value(values, 'venue')),
        pdf: first(value(values, 'pdf')),
        code: first(value(values, 'code')),
        codeStars: first(value(values, 'codeStars')),
        project: first(value(values, 'project')),
        arxivId: first(value(values, 'arxivId')),
        doi: first(value(values, 'doi')),
        bibtex: first(value(values, 'bibtex')),
        citations: first(value(values, 'citations')),
      };
      return { where: () => `item ${index}`, draft };
    },
    base,
  );
}
