// `paperfeed render` in Node: the time to prerender 56 and 1,000 realistic papers (the real
// Hugging Face answer of the cold-render bench, repeated with their own ids), and the HTML it
// writes per paper, with the styles inline and with linked stylesheets, raw and gzipped, against
// the JSON Feed of the same papers a client-rendered list would fetch instead.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseFeed } from '../dist/index.js';
import { writeFeed } from '../dist/output.js';
import { prerender } from '../dist/prerender.js';
import { COLD_FEED } from './cold-render.mjs';
import { median } from './stats.mjs';

const answer = JSON.parse(readFileSync(new URL(`..${COLD_FEED}`, import.meta.url), 'utf8'));

function feedOf(count) {
  const entries = Array.from({ length: count }, (_, i) => {
    const entry = answer[i % answer.length];
    return { ...entry, paper: { ...entry.paper, id: `${2300 + (i % 99)}.${10000 + i}` } };
  });
  return parseFeed(entries);
}

const kb = (bytes) => bytes / 1024;

export async function benchRender(runs = 5) {
  const rows = [];
  let first;
  for (const count of [56, 1000]) {
    const feed = feedOf(count);
    const options = { attributes: { 'page-size': 'all', 'group-by': 'day' } };
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await prerender(feed, options);
      const ms = performance.now() - start;
      // The first call of the process also loads Lit's renderer and the elements.
      if (first === undefined) first = ms;
      else times.push(ms);
    }
    const inline = await prerender(feed, options);
    const linked = await prerender(feed, { ...options, stylesheets: '/paperfeed/' });
    const json = writeFeed(feed, 'json-feed', {
      title: 'Papers',
      link: 'https://example.org/',
      description: '',
      now: new Date(0),
    });
    rows.push({
      papers: count,
      ms: median(times),
      inlinePerPaper: kb(inline.length) / count,
      inlineGzipPerPaper: kb(gzipSync(inline, { level: 9 }).length) / count,
      linkedPerPaper: kb(linked.length) / count,
      linkedGzipPerPaper: kb(gzipSync(linked, { level: 9 }).length) / count,
      jsonGzipPerPaper: kb(gzipSync(json, { level: 9 }).length) / count,
    });
  }
  return { rows, first, runs };
}
