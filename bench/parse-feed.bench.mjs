// How long parseFeed takes on real-shaped feeds, against JSON.parse of the same text in the same
// run (the floor any reader of the feed pays). Runs the built dist/index.js: `npm run bench`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../dist/index.js';

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

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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

console.log('parseFeed, median of repeated runs (Node ' + process.version + ')\n');
console.log('feed                      papers   JSON.parse   JSON.parse+parseFeed   ratio');
for (const [name, make] of [
  ['JSON Feed (demo papers)', jsonFeedOf],
  ['Hugging Face daily', huggingFaceOf],
]) {
  for (const count of [56, 1000, 10000]) {
    const text = make(count);
    const runs = count > 1000 ? 15 : 60;
    const baseline = time(() => JSON.parse(text), runs);
    const parsed = time(() => parseFeed(JSON.parse(text)), runs);
    const papers = parseFeed(JSON.parse(text)).papers.length;
    if (papers !== count) throw new Error(`${name}: expected ${count} papers, got ${papers}`);
    console.log(
      `${name.padEnd(25)} ${String(count).padStart(6)} ${baseline.toFixed(2).padStart(9)} ms ${parsed
        .toFixed(2)
        .padStart(19)} ms ${(parsed / baseline).toFixed(1).padStart(6)}x`,
    );
  }
}
