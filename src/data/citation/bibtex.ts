import type { Paper } from '../paper.js';
import { foldWhiteSpace } from '../../text/white-space.js';

// With the spaces a feed may keep (`foldWhiteSpace`): as TeX writes them, not as Unicode that an
// older pdflatex stops at.
const SPECIAL = /[\\{}%&$#_^~\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '\u00a0': '~',
  '\u2009': '\\,',
  '\u202f': '\\,',
};

function escapeBibtex(text: string): string {
  return foldWhiteSpace(text).replace(
    SPECIAL,
    (char) => ESCAPES[char] ?? (/\s/.test(char) ? ' ' : `\\${char}`),
  );
}

/**
 * `doi` and `url` are verbatim fields: biblatex and BibTeX read them as written, so `_` and `%`
 * stay as they are. Only braces, which would end the field, are percent-encoded.
 */
const verbatim = (text: string) =>
  text.replace(/[{}]/g, (brace) => (brace === '{' ? '%7B' : '%7D'));

// An organisation, not a person: braced whole, so BibTeX does not split it into first and last names.
const CORPORATE =
  /\b(?:collaboration|consortium|team|group|project|initiative|committee|society|association|institute|university|laboratory|network|working|organi[sz]ation|council|foundation|the)\b/i;

/** An author for `author = {…}`: "Last, First" and "First von Last" as given; organisations and names holding "and" braced. */
function bibtexName(name: string): string {
  const escaped = escapeBibtex(name);
  return CORPORATE.test(name) || /\sand\s/i.test(name) ? `{${escaped}}` : escaped;
}

/** The year of a PaperDate (`2016-07-21` or an instant), if any. */
function yearOf(date: string | undefined): string | undefined {
  return date && /^\d{4}/.exec(date)?.[0];
}

/** `ba2016layer`: first author's last name, year, first long word of the title. */
function citationKey(paper: Paper, year: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9\s]/g, '')
      .toLowerCase();
  const firstAuthor = paper.authors[0]?.name ?? '';
  // "Ba, Jimmy Lei" puts the last name first; "Jimmy Lei Ba" last.
  const lastName = ascii(
    firstAuthor.includes(',') ? firstAuthor.slice(0, firstAuthor.indexOf(',')) : firstAuthor,
  )
    .trim()
    .split(/\s+/)
    .pop();
  const word = ascii(paper.title)
    .split(/\s+/)
    .find((w) => w.length > 3 && !['with', 'from', 'into', 'that', 'this'].includes(w));
  return `${lastName || 'paper'}${year}${word ?? ''}`;
}

/** True when the card can offer a citation: the feed's own, or one built from title and year. */
export function canCite(paper: Paper): boolean {
  return paper.bibtex !== undefined || yearOf(paper.published) !== undefined;
}

/**
 * A BibTeX entry for the paper: the feed's own `bibtex` when it has one, else one built from its
 * fields (`@article` in its venue's journal, else `@misc`, with the arXiv eprint and DOI when
 * known), or undefined when there is no year to cite.
 */
export function bibtexFor(paper: Paper): string | undefined {
  if (paper.bibtex) return paper.bibtex;
  const year = yearOf(paper.published);
  if (!year) return undefined;

  const fields: [string, string][] = [['title', `{${escapeBibtex(paper.title)}}`]];
  if (paper.authors.length > 0) {
    fields.push(['author', paper.authors.map((author) => bibtexName(author.name)).join(' and ')]);
  }
  if (paper.venue && !/^arxiv$/i.test(paper.venue))
    fields.push(['journal', escapeBibtex(paper.venue)]);
  fields.push(['year', year]);
  if (paper.arxivId) {
    fields.push(['eprint', paper.arxivId], ['archivePrefix', 'arXiv']);
  }
  if (paper.doi) fields.push(['doi', verbatim(paper.doi)]);
  const url = paper.links.arxiv ?? paper.url;
  if (url) fields.push(['url', verbatim(url)]);

  const type = paper.venue && !/^arxiv$/i.test(paper.venue) ? 'article' : 'misc';
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${citationKey(paper, year)},\n${body}\n}`;
}
