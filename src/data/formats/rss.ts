import type { FeedDraft, PaperDraft } from '../normalize.js';
import { childNamed, childrenNamed, innerXml, textOf, type XmlElement } from '../syntax/xml.js';
import { creatorNames } from './feed-names.js';

// Part of the XML chunk: imports nothing from the main bundle at run time.

const texts = (element: XmlElement, name: string) =>
  childrenNamed(element, name).flatMap((child) => innerXml(child)?.trim() || []);

/** RSS's `author`: "mail@example.org (Ada Lovelace)", or just the name. */
const authorName = (value: string) => /\(([^)]+)\)\s*$/.exec(value)?.[1] ?? value;

/** A journal's name: some feeds put the article's title in `prism:publicationName`. */
function venueOf(item: XmlElement, title: string | undefined, channelVenue: string | undefined) {
  const named = textOf(item, 'prism:publicationName');
  if (named && named !== title) return named;
  return textOf(item, 'dc:source') ?? channelVenue;
}

function permalink(item: XmlElement): string | undefined {
  const guid = childNamed(item, 'guid');
  return guid && guid.attributes['isPermaLink'] !== 'false' ? innerXml(guid)?.trim() : undefined;
}

function pdfEnclosure(item: XmlElement): string | undefined {
  return childrenNamed(item, 'enclosure').find(
    (enclosure) => enclosure.attributes['type']?.toLowerCase() === 'application/pdf',
  )?.attributes['url'];
}

// arXiv's listing feeds start each description "arXiv:2604.21935v1 Announce Type: new Abstract: ".
const ARXIV_ANNOUNCEMENT = /^\s*arXiv:\S+\s+Announce Type:\s*\S+\s*Abstract:\s*/;

function itemDraft(item: XmlElement, channelVenue: string | undefined): PaperDraft {
  const title = textOf(item, 'title', 'dc:title');
  const creators = texts(item, 'dc:creator');
  const description = textOf(item, 'description');
  // arXiv's abstract is plain text with TeX in it: its "$n<m$" is no tag.
  const arxivAbstract = description?.match(ARXIV_ANNOUNCEMENT)
    ? description.replace(ARXIV_ANNOUNCEMENT, '')
    : undefined;
  return {
    id: textOf(item, 'guid') ?? item.attributes['rdf:about'],
    title,
    url: textOf(item, 'link') ?? permalink(item) ?? textOf(item, 'prism:url'),
    summary: arxivAbstract === undefined ? undefined : [arxivAbstract],
    summaryHtml:
      textOf(item, 'content:encoded') ?? (arxivAbstract === undefined ? description : undefined),
    summaryFallback: textOf(item, 'dc:description'),
    authors: creatorNames(creators.length > 0 ? creators : texts(item, 'author').map(authorName)),
    published: textOf(item, 'prism:publicationDate', 'dc:date', 'pubDate', 'prism:coverDate'),
    tags: [...texts(item, 'category'), ...texts(item, 'dc:subject')],
    venue: venueOf(item, title, channelVenue),
    pdf: pdfEnclosure(item),
    doi: textOf(item, 'prism:doi', 'dc:identifier') ?? textOf(item, 'guid'),
  };
}

/** RFC 5005's `<atom:link rel="next">`, which paged RSS and Atom feeds carry. */
export function nextLink(element: XmlElement): string | undefined {
  return [...childrenNamed(element, 'atom:link'), ...childrenNamed(element, 'link')].find(
    (link) => link.attributes['rel'] === 'next',
  )?.attributes['href'];
}

/**
 * RSS 2.0 (`<rss><channel><item>`) and RSS 1.0 (`<rdf:RDF>` with items beside the channel), with
 * Dublin Core and PRISM fields as journals' table-of-contents feeds carry them.
 */
export function readRss(root: XmlElement): FeedDraft {
  const channel = childNamed(root, 'channel') ?? root;
  const items = [
    ...childrenNamed(channel, 'item'),
    ...(channel === root ? [] : childrenNamed(root, 'item')),
  ];
  const channelVenue = textOf(channel, 'prism:publicationName');
  return {
    title: textOf(channel, 'title', 'dc:title'),
    description: textOf(channel, 'description'),
    homePageUrl: textOf(channel, 'link'),
    nextUrl: nextLink(channel),
    entries: items.map((item, index) => ({
      where: () => `item ${index + 1}`,
      draft: itemDraft(item, channelVenue),
    })),
  };
}
