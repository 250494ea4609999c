import type { FeedDraft, PaperDraft } from '../normalize.js';
import { monthNumber, parseBibtex, splitOutsideBraces, type BibEntry } from '../syntax/bibtex.js';
import { hasLatex, latexToHtml } from '../syntax/latex.js';

// Part of the BibTeX chunk: imports nothing from the main bundle at run time.

/** al-folio's display fields: kept out of the citation a reader copies, as al-folio does. */
const DISPLAY_FIELDS = new Set([
  'abbr',
  'abstract',
  'additional_info',
  'altmetric',
  'annotation',
  'award',
  'award_name',
  'bibtex_show',
  'blog',
  'code',
  'dimensions',
  'google_scholar_id',
  'html',
  'inspirehep_id',
  'pdf',
  'poster',
  'preview',
  'selected',
  'slides',
  'supp',
  'video',
  'website',
]);

const decode = (value: string | undefined) =>
  value === undefined ? undefined : hasLatex(value) ? latexToHtml(value) : value;

/** A verbatim field (URL, DOI, eprint): braces dropped and `\_`-style escapes undone. */
const verbatim = (value: string | undefined) =>
  value
    ?.replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim() || undefined;

/** One name in any BibTeX form, as a reader writes it: "First von Last, Jr". */
export function bibtexName(name: string): string {
  const parts = splitOutsideBraces(name, /,/y);
  const [last = '', second, third] = parts;
  const ordered =
    parts.length >= 3
      ? `${third ?? ''} ${last}, ${second ?? ''}`
      : parts.length === 2
        ? `${second ?? ''} ${last}`
        : last;
  return decode(ordered.trim()) ?? '';
}

/** The `author` (else `editor`) names; `and others` is left out. */
function namesOf(entry: BibEntry): string[] {
  const field = entry.fields.get('author') ?? entry.fields.get('editor');
  if (!field) return [];
  return splitOutsideBraces(field, /\s+and\s+/iy)
    .filter((name) => name.toLowerCase() !== 'others')
    .map(bibtexName);
}

/** biblatex's `date`, else `year` with its `month` (and `day`): as precise as the entry is. */
function dateOf(entry: BibEntry): string | undefined {
  const date = entry.fields.get('date');
  if (date) return date.trim().split('/')[0];
  const year = /\d{4}/.exec(entry.fields.get('year') ?? '')?.[0];
  if (!year) return entry.fields.get('year');
  const month = monthNumber(entry.fields.get('month') ?? '');
  if (month === undefined) return year;
  const day = Number(/^\d{1,2}$/.exec(entry.fields.get('day')?.trim() ?? '')?.[0] ?? 0);
  const parts = [year, String(month).padStart(2, '0')];
  if (day >= 1 && day <= 31) parts.push(String(day).padStart(2, '0'));
  return parts.join('-');
}

function arxivIdOf(entry: BibEntry): string | undefined {
  const prefix = (
    entry.fields.get('archiveprefix') ??
    entry.fields.get('eprinttype') ??
    ''
  ).toLowerCase();
  const eprint = verbatim(entry.fields.get('eprint'));
  if (eprint && (prefix === 'arxiv' || prefix === '')) return eprint;
  const arxiv = verbatim(entry.fields.get('arxiv'));
  if (arxiv) return arxiv;
  // `journal = {arXiv preprint arXiv:2101.00001}`, as Google Scholar exports preprints.
  return /arxiv:\s*([\w./-]+)/i.exec(entry.fields.get('journal') ?? '')?.[1];
}

/** The entry as a reader cites it: its own fields, without al-folio's display ones. */
function citationOf(entry: BibEntry): string {
  const fields = [...entry.fields].filter(([name]) => !DISPLAY_FIELDS.has(name));
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${entry.type}{${entry.key},\n${body}\n}`;
}

function entryDraft(entry: BibEntry): PaperDraft {
  const field = (name: string) => entry.fields.get(name);
  const keywords = field('keywords');
  return {
    id: entry.key || undefined,
    title: decode(field('title')),
    url: verbatim(field('url')) ?? verbatim(field('html')),
    summary: [decode(field('abstract'))],
    authors: namesOf(entry),
    published: dateOf(entry),
    venue: decode(
      field('journal') ?? field('journaltitle') ?? field('booktitle') ?? field('school'),
    ),
    tags: keywords ? splitOutsideBraces(keywords, /[,;]/y).map((tag) => decode(tag)) : undefined,
    pdf: verbatim(field('pdf')),
    code: verbatim(field('code')),
    project: verbatim(field('website')) ?? verbatim(field('project')),
    arxivId: arxivIdOf(entry),
    doi: verbatim(field('doi')),
    bibtex: citationOf(entry),
  };
}

/** Fills an entry's missing fields from the entry its `crossref` names, as BibTeX does. */
function inheritCrossrefs(entries: BibEntry[], warnings: string[]): void {
  const byKey = new Map(entries.map((entry) => [entry.key.toLowerCase(), entry]));
  for (const entry of entries) {
    const target = entry.fields.get('crossref');
    if (!target) continue;
    const parent = byKey.get(target.trim().toLowerCase());
    if (!parent) {
      warnings.push(`entry ${entry.key} has a crossref to "${target}", which is not in the file`);
      continue;
    }
    for (const [name, value] of parent.fields) {
      if (name === 'crossref' || entry.fields.has(name)) continue;
      entry.fields.set(name, value);
    }
    const title = parent.fields.get('title');
    if (!entry.fields.has('booktitle') && title) entry.fields.set('booktitle', title);
  }
}

/**
 * A .bib file as labs keep them (jekyll-scholar, al-folio, Hugo Academic, exports of Zotero and
 * Google Scholar): every readable entry becomes a paper, each damaged one is named in warnings.
 */
export function readBibtexFeed(text: string): FeedDraft {
  const parsed = parseBibtex(text);
  const { warnings } = parsed;
  // A key given twice is one paper written twice (a file with a BibTeX and a biblatex section):
  // the first is kept, as BibTeX does.
  const seen = new Set<string>();
  const entries = parsed.entries.filter((entry) => {
    const key = entry.key.toLowerCase();
    if (key === '' || !seen.has(key)) return seen.add(key);
    warnings.push(`entry ${entry.key} appears again; the later one is left out`);
    return false;
  });
  inheritCrossrefs(entries, warnings);
  return {
    entries: entries.map((entry, index) => ({
      where: () => (entry.key ? `entry ${entry.key}` : `entry ${index + 1}`),
      draft: entryDraft(entry),
    })),
    warnings,
  };
}
