import { paperDateToDate } from '../text/dates.js';
import type { Feed } from '../data/paper.js';
import { paperLink, type FeedInfo } from './feed-info.js';
import { element, escapeMarkup } from './markup.js';

const iso = (date: string) => paperDateToDate(date).toISOString();

/**
 * Atom 1.0 (RFC 4287): every entry with its `id`, `title`, `updated` and authors (the feed's own
 * title stands as the author where a paper names none, as the RFC requires one).
 */
export function toAtom(feed: Feed, info: FeedInfo): string {
  const updated = info.now.toISOString();
  const entries = feed.papers.map((paper) => {
    const link = paperLink(paper);
    const id = link ?? `urn:paperfeed:${encodeURIComponent(paper.id)}`;
    const lines = [
      element('id', id, '    '),
      element('title', paper.title, '    '),
      link ? `    <link rel="alternate" href="${escapeMarkup(link)}"/>\n` : '',
      paper.links.pdf
        ? `    <link rel="related" type="application/pdf" href="${escapeMarkup(paper.links.pdf)}"/>\n`
        : '',
      element('updated', paper.published ? iso(paper.published) : updated, '    '),
      paper.published ? element('published', iso(paper.published), '    ') : '',
      ...paper.authors.map(
        (author) => `    <author>\n${element('name', author.name, '      ')}    </author>\n`,
      ),
      element('summary', paper.summary, '    '),
      ...paper.tags.map((tag) => `    <category term="${escapeMarkup(tag)}"/>\n`),
      element('prism:doi', paper.doi, '    '),
    ];
    return `  <entry>\n${lines.join('')}  </entry>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">\n' +
    element('id', info.selfUrl ?? info.link, '  ') +
    element('title', info.title, '  ') +
    element('subtitle', info.description, '  ') +
    `  <link rel="alternate" href="${escapeMarkup(info.link)}"/>\n` +
    (info.selfUrl ? `  <link rel="self" href="${escapeMarkup(info.selfUrl)}"/>\n` : '') +
    element('updated', updated, '  ') +
    `  <author>\n${element('name', info.title, '    ')}  </author>\n` +
    element('generator', 'Paperfeed', '  ') +
    entries.join('') +
    '</feed>\n'
  );
}
