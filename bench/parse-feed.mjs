// parseFeed on real-shaped feeds, against JSON.parse of the same text in the same run (the floor
// any reader of the feed pays). Runs the built dist/index.js in Node.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../dist/index.js';
import { median } from './stats.mjs';

const demo = JSON.parse(readFileSync(new URL('../demo/feeds/daily-papers.json', import.meta.url)));
const daily = JSON.parse(
  readFileSync(new URL('../test/fixtures/hugging-face/daily-papers.json', import.meta.url)),
);

function jsonFeedOf(count) {
  const items = Array.from({ length: count }, (_, i) => {
    const item = demo.items[i % demo.items.length];
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

function time(action, runs) {
  for (let i = 0; i < 3; i++) action(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Rows of { feed, papers, jsonParse, parseFeed, ratio } in milliseconds. */
export function benchParseFeed() {
  const rows = [];
  for (const [feed, make] of [
    ['JSON Feed (demo papers)', jsonFeedOf],
    ['Hugging Face daily papers', huggingFaceOf],
  ]) {
    for (const papers of [56, 1000, 10000]) {
      const text = make(papers);
      const runs = papers > 1000 ? 15 : 60;
      const jsonParse = time(() => JSON.parse(text), runs);
      const parsed = time(() => parseFeed(JSON.parse(text)), runs);
      const count = parseFeed(JSON.parse(text)).papers.length;
      if (count !== papers) throw new Error(`${feed}: expected ${papers} papers, got ${count}`);
      rows.push({ feed, papers, jsonParse, parseFeed: parsed, ratio: parsed / jsonParse });
    }
  }
  return rows;
}
