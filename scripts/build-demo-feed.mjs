// Writes demo/feeds/daily-papers.json from the Daily Papers page text kept beside it.
// `--check` writes nothing and fails when the committed feed is not what the page gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { dailyPapersFeed } from './daily-papers-page.mjs';

const PAGE_YEAR = 2025;
const source = new URL('../demo/feeds/source/daily-papers-page.txt', import.meta.url);
const target = new URL('../demo/feeds/daily-papers.json', import.meta.url);

const feed = dailyPapersFeed(readFileSync(source, 'utf8'), PAGE_YEAR);
const json = `${JSON.stringify(feed, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // reported below
  }
  if (committed !== json) {
    console.error('demo/feeds/daily-papers.json is out of date: run npm run feed:demo');
    process.exit(1);
  }
  console.log(`demo feed up to date: ${feed.items.length} papers`);
} else {
  writeFileSync(target, json);
  console.log(`wrote demo/feeds/daily-papers.json: ${feed.items.length} papers`);
}
