import { paperDateToDate } from '../text/dates.js';
import type { Feed } from '../data/paper.js';
import { element, escapeMarkup } from './markup.js';
import { paperLink, type FeedInfo } from './feed-info.js';

/**
 * RSS 2.0, as RSS-to-email services (Mailchimp, Buttondown, Kit) and feed readers take it: every
 * author as `dc:creator`, the abstract as the description, the DOI as `prism:doi`.
 */
export function toRss(feed: Feed, info: FeedInfo): string {
  const items = feed.papers.map((paper) => {
    const link = paperLink(paper);
    const lines = [
      element('title', paper.title, '      '),
      element('link', link, '      '),
      `      <guid isPermaLink="${link ? 'true' : 'false'}">${escapeMarkup(link ?? paper.id)}</guid>\n`,
      element('description', paper.summary, '      '),
      paper.published
        ? element('pubDate', paperDateToDate(paper.published).toUTCString(), '      ')
        : '',
      ...paper.authors.map((author) => element('dc:creator', author.name, '      ')),
      ...paper.tags.map((tag) => element('category', tag, '      ')),
      element('prism:doi', paper.doi, '      '),
    ];
    return `    <item>\n${lines.join('')}    </item>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns:atom="http://www.w3.org/2005/Atom">\n' +
    '  <channel>\n' +
    element('title', info.title, '    ') +
    element('link', info.link, '    ') +
    element('description', info.description, '    ') +
    (info.selfUrl
      ? `    <atom:link href="${escapeMarkup(info.selfUrl)}" rel="self" type="application/rss+xml"/>\n`
      : '') +
    element('lastBuildDate', info.now.toUTCString(), '    ') +
    element('generator', 'Paperfeed', '    ') +
    items.join('') +
    '  </channel>\n</rss>\n'
  );
}
