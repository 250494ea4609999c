// Each source format on its largest real file, and XML and BibTeX at the 5 MB cap, against a
// baseline measured in the same run: JSON.parse for JSON; for XML the browser's own DOMParser
// (Chromium) and for BibTeX @retorquere/bibtex-parser (Node), the thorough parser the tests use
// as an oracle. Also the gzip size of each reader's on-demand file.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse as thoroughBibtex } from '@retorquere/bibtex-parser';
import { loadFullEntityTable, parseFeedText } from '../dist/index.js';
import { timeAsync } from './pages/time-async.js';

const read = (file) =>
  readFileSync(new URL(`../test/fixtures/real/${file}`, import.meta.url), 'utf8');

/**
 * Real entries repeated up to about `bytes`: a large lab file, or a long journal feed. `rename`
 * makes each copy its own (a repeated BibTeX key is one paper, read once).
 */
function grown(file, pattern, bytes, rename = (part) => part) {
  const text = read(file);
  const parts = text.match(pattern);
  const first = text.indexOf(parts[0]);
  const last = text.lastIndexOf(parts.at(-1)) + parts.at(-1).length;
  const body = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const part = rename(parts[i % parts.length], Math.floor(i / parts.length));
    body.push(part);
    size += part.length;
  }
  return text.slice(0, first) + body.join('\n') + text.slice(last);
}

export function sourceInputs() {
  return [
    { name: 'openalex: openalex-work.json', syntax: 'json', text: read('openalex-work.json') },
    { name: 'crossref: crossref-work.json', syntax: 'json', text: read('crossref-work.json') },
    {
      name: 'semantic-scholar: semantic-scholar-batch.json',
      syntax: 'json',
      text: read('semantic-scholar-batch.json'),
    },
    {
      name: 'csl-json: zotero-items.json (Zotero API)',
      syntax: 'json',
      text: read('zotero-items.json'),
    },
    { name: 'bibtex: lab-papers.bib', syntax: 'bibtex', text: read('lab-papers.bib') },
    { name: 'rss: rss-tandf.xml', syntax: 'xml', text: read('rss-tandf.xml') },
    { name: 'arxiv: arxiv-query.atom.xml', syntax: 'xml', text: read('arxiv-query.atom.xml') },
    {
      name: 'atom: atom-github-releases.xml',
      syntax: 'xml',
      text: read('atom-github-releases.xml'),
    },
    {
      name: 'bibtex: lab-papers.bib entries to 5 MB',
      syntax: 'bibtex',
      text: grown('lab-papers.bib', /@\w+\s*\{[\s\S]*?\n\}/g, 5_000_000, (entry, copy) =>
        entry.replace(/^(@\w+\s*\{[^,\s]+)/, `$1-${copy}`),
      ),
    },
    {
      name: 'rss: rss-tandf.xml items to 5 MB',
      syntax: 'xml',
      text: grown('rss-tandf.xml', /<item [\s\S]*?<\/item>/g, 5_000_000),
    },
  ];
}

const runsFor = (text) => (text.length > 1_000_000 ? 5 : 25);
const batchFor = (text) => (text.length > 1_000_000 ? 1 : 50);

/** Node: parseFeedText on each input; JSON.parse and the thorough BibTeX parser as baselines. */
export async function benchSources(inputs = sourceInputs()) {
  await loadFullEntityTable();
  const rows = [];
  for (const { name, syntax, text } of inputs) {
    const feed = await parseFeedText(text);
    const ours = await timeAsync(() => parseFeedText(text), runsFor(text), batchFor(text));
    const baseline =
      syntax === 'json'
        ? {
            what: 'JSON.parse',
            ms: await timeAsync(() => JSON.parse(text), runsFor(text), batchFor(text)),
          }
        : syntax === 'bibtex'
          ? {
              what: '@retorquere/bibtex-parser',
              ms: await timeAsync(() => thoroughBibtex(text), text.length > 1_000_000 ? 1 : 5),
            }
          : undefined;
    rows.push({ name, syntax, bytes: text.length, papers: feed.papers.length, ms: ours, baseline });
  }
  return rows;
}

const gzip = (files) =>
  files.reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(new URL(`../${file}`, import.meta.url)), { level: 9 }).length,
    0,
  );

/** The on-demand readers, with the LaTeX decoder file they share. */
export function readerSizes(cdnFiles) {
  const latex = cdnFiles.find((file) => /^latex-.*\.js$/.test(file));
  return [
    ['XML (RSS, Atom, arXiv)', gzip(['dist/cdn/paperfeed-xml.js', `dist/cdn/${latex}`])],
    ['BibTeX', gzip(['dist/cdn/paperfeed-bibtex.js', `dist/cdn/${latex}`])],
  ];
}
