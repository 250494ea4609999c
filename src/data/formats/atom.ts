import type { FeedDraft, PaperDraft } from '../normalize.js';
import { childNamed, childrenNamed, innerXml, textOf, type XmlElement } from '../syntax/xml.js';
import { feedName } from './feed-names.js';
import { nextLink } from './rss.js';

// Part of the XML chunk: imports nothing from the main bundle at run time.

/** The href of the first `<link>` with this rel (no rel means `alternate`) and, if given, type. */
export function linkHref(element: XmlElement, rel: string, type?: string): string | undefined {
  return childrenNamed(element, 'link').find(
    (link) =>
      (link.attributes['rel'] ?? 'alternate') === rel &&
      (type === undefined || link.attributes['type']?.toLowerCase() === type),
  )?.attributes['href'];
}

function authorsOf(entry: XmlElement): PaperDraft['authors'] {
  return childrenNamed(entry, 'author').map((author) => ({
    name: feedName(textOf(author, 'name') ?? ''),
    url: textOf(author, 'uri'),
  }));
}

/** Atom text constructs: `type="html"` and `"xhtml"` are markup, `"text"` is text. */
function atomText(element: XmlElement | undefined): { markup?: string; text?: string } {
  const value = innerXml(element)?.trim();
  if (!element || !value) return {};
  return element.attributes['type'] === 'html' || element.attributes['type'] === 'xhtml'
    ? { markup: value }
    : { text: value };
}

export function atomEntryDraft(entry: XmlElement): PaperDraft {
  const summary = atomText(childNamed(entry, 'summary'));
  const content = atomText(childNamed(entry, 'content'));
  return {
    id: textOf(entry, 'id'),
    title: textOf(entry, 'title'),
    url: linkHref(entry, 'alternate'),
    summary: [summary.text, content.text],
    summaryHtml: summary.markup ?? content.markup,
    authors: authorsOf(entry),
    published: textOf(entry, 'published', 'prism:publicationDate', 'updated'),
    tags: childrenNamed(entry, 'category').map(
      (category) => category.attributes['label'] ?? category.attributes['term'],
    ),
    pdf:
      linkHref(entry, 'related', 'application/pdf') ??
      linkHref(entry, 'enclosure', 'application/pdf'),
    thumbnail: childNamed(entry, 'media:thumbnail')?.attributes['url'],
    doi: textOf(entry, 'prism:doi'),
  };
}

/** Atom 1.0 (RFC 4287), as blogs, GitHub and journals publish it. */
export function readAtom(root: XmlElement): FeedDraft {
  return {
    title: textOf(root, 'title'),
    description: textOf(root, 'subtitle'),
    homePageUrl: linkHref(root, 'alternate'),
    nextUrl: nextLink(root),
    entries: childrenNamed(root, 'entry').map((entry, index) => ({
      where: () => `entry ${index + 1}`,
      draft: atomEntryDraft(entry),
    })),
  };
}
