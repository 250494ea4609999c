import type { ScholarlyArticle, WithContext } from 'schema-dts';
import type { Paper } from '../data/paper.js';

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

/** A paper as schema.org's `ScholarlyArticle`, for search engines reading a prerendered page. */
export function scholarlyArticle(paper: Paper): WithContext<ScholarlyArticle> {
  const identifiers = [
    paper.doi && { '@type': 'PropertyValue' as const, propertyID: 'DOI', value: paper.doi },
    paper.arxivId && {
      '@type': 'PropertyValue' as const,
      propertyID: 'arXiv',
      value: paper.arxivId,
    },
  ].filter((identifier) => !!identifier);
  return defined({
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: paper.title,
    headline: paper.title,
    author:
      paper.authors.length > 0
        ? paper.authors.map((author) =>
            defined({ '@type': 'Person' as const, name: author.name, url: author.url }),
          )
        : undefined,
    datePublished: paper.published,
    abstract: paper.summary,
    url: paper.url,
    sameAs: paper.doi ? `https://doi.org/${paper.doi}` : undefined,
    identifier: identifiers.length > 0 ? identifiers : undefined,
    isPartOf: paper.venue ? { '@type': 'Periodical', name: paper.venue } : undefined,
    keywords: paper.tags.length > 0 ? paper.tags.join(', ') : undefined,
  } satisfies WithContext<ScholarlyArticle>);
}
