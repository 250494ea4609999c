import type { FeedDraft, PaperDraft } from '../normalize.js';
import { childNamed, childrenNamed, innerXml, textOf, type XmlElement } from '../syntax/xml.js';
import { feedName } from './feed-names.js';

// Part of the XML chunk: imports nothing from the main bundle at run time.

/**
 * The base URL inside `element`: its `xml:base` resolved against the base around it (RFC 4287
 * section 2, the feed's own URL outermost). One that does not resolve to a web address (none to
 * resolve against, `javascript:`) leaves the outer base.
 */
function baseOf(element: XmlElement, outer: string | undefined): string | undefined {
  const given = resolved(element.attributes['xml:base'], outer);
  return given && /^https?:\/\//i.test(given) ? given : outer;
}

/** `url` resolved against `base` where both allow it; else as written, for the paper's vetting. */
function resolved(url: string | undefined, base: string | undefined): string | undefined {
  if (!url?.trim() || !base) return url?.trim();
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return url;
  }
}

/** The href of the first `<link>` with this rel (no rel means `alternate`) and, if given, type. */
export function linkHref(
  element: XmlElement,
  rel: string,
  type?: string,
  base?: string,
): string | undefined {
  const link = childrenNamed(element, 'link').find(
    (each) =>
      (each.attributes['rel'] ?? 'alternate') === rel &&
      (type === undefined || each.attributes['type']?.toLowerCase() === type),
  );
  return link && resolved(link.attributes['href'], baseOf(link, base));
}

function authorsOf(entry: XmlElement, base: string | undefined): PaperDraft['authors'] {
  return childrenNamed(entry, 'author').map((author) => ({
    name: feedName(textOf(author, 'name') ?? ''),
    url: resolved(textOf(author, 'uri'), baseOf(author, base)),
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

/** An entry; `outer` is the base around it (the feed's `xml:base` on its URL), if any. */
export function atomEntryDraft(entry: XmlElement, outer?: string): PaperDraft {
  const base = baseOf(entry, outer);
  const summary = atomText(childNamed(entry, 'summary'));
  const content = atomText(childNamed(entry, 'content'));
  return {
    id: textOf(entry, 'id'),
    title: textOf(entry, 'title'),
    url: linkHref(entry, 'alternate', undefined, base),
    summary: [summary.text, content.text],
    summaryHtml: summary.markup ?? content.markup,
    authors: authorsOf(entry, base),
    published: textOf(entry, 'published', 'prism:publicationDate', 'updated'),
    tags: childrenNamed(entry, 'category').map(
      (category) => category.attributes['label'] ?? category.attributes['term'],
    ),
    pdf:
      linkHref(entry, 'related', 'application/pdf', base) ??
      linkHref(entry, 'enclosure', 'application/pdf', base),
    thumbnail: resolved(childNamed(entry, 'media:thumbnail')?.attributes['url'], base),
    doi: textOf(entry, 'prism:doi'),
  };
}

/**
 * Atom 1.0 (RFC 4287), as blogs, GitHub and journals publish it. `url`, the feed's, is given when
 * the feed has an `xml:base`: links are then resolved here, else when the paper is vetted.
 */
export function readAtom(root: XmlElement, url: string | undefined): FeedDraft {
  const base = baseOf(root, url);
  return {
    title: textOf(root, 'title'),
    description: textOf(root, 'subtitle'),
    homePageUrl: linkHref(root, 'alternate', undefined, base),
    nextUrl: linkHref(root, 'next', undefined, base),
    entries: childrenNamed(root, 'entry').map((entry, index) => ({
      where: () => `entry ${index + 1}`,
      draft: atomEntryDraft(entry, base),
    })),
  };
}
