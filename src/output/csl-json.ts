import type { Feed, Paper } from '../data/paper.js';
import { datePrecision } from '../text/dates.js';

/** A display name as CSL wants it: "Last, First" and "First Last" split; one word is literal. */
function cslName(name: string): Record<string, string> {
  const comma = name.indexOf(',');
  if (comma > 0)
    return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name };
  return { family: words.at(-1) ?? name, given: words.slice(0, -1).join(' ') };
}

/** `issued` as date-parts, as precise as the paper's date. */
function issued(date: string | undefined) {
  if (!date) return undefined;
  const parts = date.slice(0, 10).split('-').map(Number);
  const precision = datePrecision(date);
  return {
    'date-parts': [parts.slice(0, precision === 'year' ? 1 : precision === 'month' ? 2 : 3)],
  };
}

function item(paper: Paper) {
  const entries = Object.entries({
    id: paper.id,
    type: paper.venue && !/^arxiv$/i.test(paper.venue) ? 'article-journal' : 'article',
    title: paper.title,
    author:
      paper.authors.length > 0 ? paper.authors.map((author) => cslName(author.name)) : undefined,
    issued: issued(paper.published),
    'container-title': paper.venue,
    abstract: paper.summary,
    DOI: paper.doi,
    URL: paper.url,
    keyword: paper.tags.length > 0 ? paper.tags.join(', ') : undefined,
  }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries);
}

/** CSL-JSON, as Zotero, Pandoc and citation.js import it. */
export function toCslJson(feed: Feed): string {
  return `${JSON.stringify(feed.papers.map(item), null, 2)}\n`;
}
