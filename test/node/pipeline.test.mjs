// The built package in Node: the same text pipeline as in browsers (the same cases the browser
// suite runs), and real fixtures read with nothing left encoded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadFullEntityTable, parseFeed } from '../../dist/index.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const cases = read('text-pipeline-cases.json');
const feedOf = (fields) => ({ version: 'https://jsonfeed.org/version/1.1', items: [fields] });

test('titles and abstracts read as in browsers', async () => {
  await loadFullEntityTable();
  for (const [input, expected] of cases.titles) {
    assert.equal(parseFeed(feedOf({ id: 'a', title: input })).papers[0].title, expected);
  }
  for (const [input, expected] of cases.abstracts) {
    const [paper] = parseFeed(feedOf({ id: 'a', title: 'T', content_html: input })).papers;
    assert.equal(paper.summary, expected);
  }
});

// (The Jekyll fixture is left out: its posts show HTML source as code, encoded, which is text.)
test('real fixtures keep no tag and no undecoded reference', async () => {
  await loadFullEntityTable();
  const feeds = [
    parseFeed(read('real/json-feed-python.json')),
    parseFeed(read('real/hf-daily-papers.json')),
    parseFeed(read('real/crossref-work.json'), {
      format: 'mapped',
      mapping: read('real-mappings.json')['crossref-work.json'],
    }),
  ];
  for (const feed of feeds) {
    assert.ok(feed.papers.length > 0);
    for (const paper of feed.papers) {
      for (const text of [paper.title, paper.summary ?? '', ...paper.authors.map((a) => a.name)]) {
        assert.doesNotMatch(text, /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/);
        assert.doesNotMatch(text, /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9a-f]+);/i);
      }
    }
  }
});
