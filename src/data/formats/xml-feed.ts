import type { FeedDraft } from '../normalize.js';
import { parseXml } from '../syntax/xml.js';
import { isArxivAnswer, readArxiv } from './arxiv.js';
import { readAtom } from './atom.js';
import { readRss } from './rss.js';

// The XML chunk's entry: loaded on demand, and by the classic script from beside itself, so
// nothing here imports the main bundle at run time. Errors are plain Errors; the caller wraps them.

export type XmlFeedFormat = 'rss' | 'atom' | 'arxiv';

/** What an XML document is, from its root: RSS, Atom, an arXiv API answer, or not a feed. */
function detect(name: string, arxiv: boolean): XmlFeedFormat | string {
  if (name === 'rss' || name === 'rdf:RDF') return 'rss';
  if (name === 'feed') return arxiv ? 'arxiv' : 'atom';
  return name === 'html'
    ? 'an HTML page, not a feed: is the URL right?'
    : `XML whose root element is <${name}>, not an RSS or Atom feed`;
}

/** Reads an RSS, Atom or arXiv API document; `format` other than `auto` must match it. */
export function readXmlFeed(
  text: string,
  format: 'auto' | XmlFeedFormat,
  base: string | undefined,
): { format: XmlFeedFormat; feed: FeedDraft } {
  const root = parseXml(text);
  const found = detect(root.name, isArxivAnswer(root));
  if (found !== 'rss' && found !== 'atom' && found !== 'arxiv') throw new Error(found);
  // An arXiv answer is Atom too: asking for "atom" reads it without the arXiv extras.
  const chosen = format === 'atom' && found === 'arxiv' ? 'atom' : found;
  if (format !== 'auto' && format !== chosen) {
    throw new Error(
      `The format is set to "${format}", but this is ${found === 'rss' ? 'an RSS' : found === 'arxiv' ? 'an arXiv API' : 'an Atom'} feed`,
    );
  }
  const feed =
    chosen === 'rss'
      ? readRss(root)
      : chosen === 'arxiv'
        ? readArxiv(root, base)
        : readAtom(root, text.includes('xml:base') ? base : undefined);
  return { format: chosen, feed };
}
