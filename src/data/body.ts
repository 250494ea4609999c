import { htmlToText } from '../text/plain.js';
import { FeedError } from './feed-error.js';

/** What a source sent, read as far as its syntax: parsed JSON, or the text of XML or BibTeX. */
export type FeedBody = (
  { syntax: 'json'; json: unknown } | { syntax: 'xml' | 'bibtex'; text: string }
) & {
  /** The next page named by the answer's `Link: <…>; rel="next"` header (Zotero, GitHub). */
  linkNext?: string;
};

export type TextSyntax = 'json' | 'xml' | 'bibtex';

const XML_FORMATS = new Set(['rss', 'atom', 'arxiv']);

/** The syntax a format is written in (`auto`: undefined, the content decides). */
export function syntaxOfFormat(format: string): TextSyntax | undefined {
  if (format === 'auto') return undefined;
  if (format === 'bibtex') return 'bibtex';
  return XML_FORMATS.has(format) ? 'xml' : 'json';
}

const BIBTEX_ENTRY = /^[ \t]*@[a-zA-Z]+[ \t]*[{(]/m;
const HTML_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const FEED_START = /^<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/;

/** The text after any leading comments (a loop: a pattern for it backtracks on hostile input). */
function afterComments(text: string): string {
  let rest = text;
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

function htmlPageError(text: string, where: string): FeedError {
  const title = htmlToText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1])?.slice(0, 80);
  return new FeedError(
    'not-json',
    `Expected a feed${where} but got an HTML page${title ? ` ("${title}")` : ''}: is the URL right? It may point to a login, error or home page rather than the feed`,
  );
}

/**
 * Reads what a source sent as far as its syntax: JSON (parsed), XML or BibTeX (kept as text),
 * decided by the content (the content type only breaks ties). A format other than `auto` says
 * which syntax to expect. HTML pages, empty answers and invalid JSON are `not-json` errors.
 */
export function readFeedBody(
  raw: string,
  options: { format?: string; contentType?: string; url?: string } = {},
): FeedBody {
  const where = options.url ? ` from ${options.url}` : '';
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const start = text.trimStart();
  if (start === '') throw new FeedError('not-json', `The server sent an empty response${where}`);
  const expected = syntaxOfFormat(options.format ?? 'auto');
  const contentType = (options.contentType ?? '').toLowerCase();
  const looksJson = start[0] === '{' || start[0] === '[';
  const looksXml = start[0] === '<';
  if (looksXml) {
    const first = afterComments(start);
    // The content decides; an HTML content type only settles what the content leaves open.
    const html =
      HTML_START.test(first) || (!FEED_START.test(first) && /\bhtml\b/.test(contentType));
    if (html) throw htmlPageError(text, where);
  }
  const syntax: TextSyntax | undefined =
    expected ??
    (looksJson
      ? 'json'
      : looksXml
        ? 'xml'
        : BIBTEX_ENTRY.test(text) || contentType.includes('bibtex')
          ? 'bibtex'
          : undefined);
  if (syntax === undefined) {
    throw new FeedError(
      'not-json',
      `The answer${where} is neither JSON, XML nor BibTeX: it begins "${start.slice(0, 40).replace(/\s+/g, ' ')}"`,
    );
  }
  if (syntax === 'json') {
    try {
      return { syntax, json: JSON.parse(text) };
    } catch (error) {
      const hint = looksXml ? ' (it looks like XML: is the format right?)' : '';
      throw new FeedError(
        'not-json',
        `The feed${where} is not valid JSON (${(error as Error).message})${hint}`,
        {
          cause: error,
        },
      );
    }
  }
  if (syntax === 'xml' && !looksXml) {
    throw new FeedError(
      'format',
      `The format "${options.format ?? 'auto'}" is XML, but the answer${where} does not begin with "<"`,
    );
  }
  return { syntax, text };
}
