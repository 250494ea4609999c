import type { FeedDraft } from '../normalize.js';
import { childNamed, childrenNamed, textOf, type XmlElement } from '../syntax/xml.js';
import { atomEntryDraft, linkHref } from './atom.js';

// Part of the XML chunk: imports nothing from the main bundle at run time.

/** True when an Atom feed is an answer of the arXiv API (`export.arxiv.org/api/query`). */
export const isArxivAnswer = (root: XmlElement) =>
  root.attributes['xmlns:arxiv'] !== undefined &&
  childNamed(root, 'opensearch:totalResults') !== undefined;

const whole = (element: XmlElement, name: string) => {
  const value = Number(textOf(element, name));
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};

/** The next page: the same query from `start + itemsPerPage`, while results remain. */
function nextPage(root: XmlElement, base: string | undefined): string | undefined {
  const total = whole(root, 'opensearch:totalResults');
  const start = whole(root, 'opensearch:startIndex') ?? 0;
  const perPage = whole(root, 'opensearch:itemsPerPage');
  if (!base || total === undefined || !perPage || start + perPage >= total) return undefined;
  const url = new URL(base);
  url.searchParams.set('start', String(start + perPage));
  return url.href;
}

/**
 * The arXiv API's Atom: each entry's primary category first among its tags, its journal
 * reference as the venue, its DOI, the PDF of the version listed; `opensearch` paging.
 */
export function readArxiv(root: XmlElement, base: string | undefined): FeedDraft {
  const entries = childrenNamed(root, 'entry');
  // The API answers a malformed query with 200 and one entry titled "Error".
  const error = entries.find((entry) => textOf(entry, 'id')?.includes('arxiv.org/api/errors'));
  if (error)
    throw new Error(
      `The arXiv API answered with an error: ${textOf(error, 'summary') ?? 'no reason given'}`,
    );
  return {
    title: textOf(root, 'title'),
    homePageUrl: undefined,
    nextUrl: nextPage(root, base),
    entries: entries.map((entry, index) => {
      const draft = atomEntryDraft(entry);
      const primary = childNamed(entry, 'arxiv:primary_category')?.attributes['term'];
      const tags = Array.isArray(draft.tags) ? (draft.tags as unknown[]) : [];
      return {
        where: () => `entry ${index + 1}`,
        draft: {
          ...draft,
          arxivId: textOf(entry, 'id'),
          url: linkHref(entry, 'alternate') ?? textOf(entry, 'id'),
          tags: primary ? [primary, ...tags] : tags,
          venue: textOf(entry, 'arxiv:journal_ref'),
          doi: textOf(entry, 'arxiv:doi'),
        },
      };
    }),
  };
}
