// parseFeed on real-shaped feeds and on real files, against JSON.parse of the same text in the same
// run (the floor any reader of the feed pays): the built dist/index.js in Node, and the CDN build
// in headless Chromium.
import { readFileSync } from 'node:fs';
import { loadFullEntityTable, parseFeed } from '../dist/index.js';
import { timeParse } from './pages/time-parse.js';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const demo = JSON.parse(read('demo/feeds/daily-papers.json'));
// A real answer of the daily-papers API (bench/fixtures/SOURCES.md): 29 papers, 191 authors.
const daily = JSON.parse(read('bench/fixtures/hf-daily-papers-full.json'));
const mappings = JSON.parse(read('test/fixtures/real-mappings.json'));

/** The demo's papers repeated up to `count`, each with its own id and link, as a JSON Feed. */
export function jsonFeedOf(count, { abstracts = true } = {}) {
  const items = Array.from({ length: count }, (_, i) => {
    const item = { ...demo.items[i % demo.items.length] };
    if (!abstracts) delete item.content_text;
    return { ...item, id: `${item.id}-${i}`, url: `https://example.org/papers/${i}` };
  });
  return JSON.stringify({ ...demo, items });
}

function huggingFaceOf(count) {
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => {
      const entry = daily[i % daily.length];
      return { ...entry, paper: { ...entry.paper, id: `${2300 + (i % 99)}.${10000 + i}` } };
    }),
  );
}

const REAL = [
  'json-feed-jekyll.json',
  'json-feed-python.json',
  'json-feed-hugo.json',
  'json-feed-nextjs.json',
  'hf-daily-papers.json',
  'crossref-work.json',
  'openalex-works.json',
  'semantic-scholar-author-papers.json',
  'zotero-items.json',
  'csl-json-pandoc.json',
];

/** What is parsed: generated feeds of 56 to 10,000 papers, then each real file as published. */
export function parseInputs() {
  const inputs = [];
  for (const [feed, make] of [
    ['JSON Feed (demo papers)', jsonFeedOf],
    ['Hugging Face daily papers', huggingFaceOf],
  ]) {
    for (const papers of [56, 1000, 10000]) {
      inputs.push({ feed, papers, text: make(papers), options: {} });
    }
  }
  for (const file of REAL) {
    const mapping = mappings[file];
    inputs.push({
      feed: `real: ${file}`,
      text: read(`test/fixtures/real/${file}`),
      options: mapping
        ? { format: 'mapped', mapping, baseUrl: 'https://example.org/feed.json' }
        : { baseUrl: 'https://example.org/feed.json' },
    });
  }
  return inputs;
}

export async function benchParseFeed(inputs = parseInputs()) {
  await loadFullEntityTable();
  return timeParse(parseFeed, inputs);
}
