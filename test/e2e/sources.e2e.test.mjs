// One reader per syntax, the same in Node and in browsers: every real fixture read by the npm
// build in Node, by the CDN module in Chromium and by the classic script (which loads the XML
// and BibTeX readers from beside itself) gives the same feed. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { loadFullEntityTable, parseFeedText } from '../../dist/index.js';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { startDemoServer } from '../helpers/demo-server.mjs';

const FIXTURES = new URL('../fixtures/real/', import.meta.url);
const files = readdirSync(FIXTURES).filter((file) => /\.(json|xml|bib)$/.test(file));
const BASE = 'https://example.org/source/feed';

let server;
let browser;
let page;

before(async () => {
  let origin;
  ({ server, origin } = await startDemoServer());
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  page = await browser.newPage();
  await page.goto(`${origin}/test/fixtures/real/SOURCES.md`);
  await page.addScriptTag({ url: `${origin}/dist/cdn/paperfeed.iife.js` });
  await loadFullEntityTable();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Runs in the page: the feed as the CDN module and as the classic script read it.
const READ_IN_BROWSER = async ({ text, base }) => {
  const module = await import('/dist/cdn/paperfeed.js');
  await module.loadFullEntityTable();
  await window.Paperfeed.loadFullEntityTable();
  return {
    module: await module.parseFeedText(text, { baseUrl: base }),
    classic: await window.Paperfeed.parseFeedText(text, { baseUrl: base }),
  };
};

describe('every real fixture reads the same in Node, the CDN module and the classic script', () => {
  for (const file of files) {
    it(file, async () => {
      const text = readFileSync(new URL(file, FIXTURES), 'utf8');
      const inNode = await parseFeedText(text, { baseUrl: BASE });
      const { module, classic } = await page.evaluate(READ_IN_BROWSER, { text, base: BASE });
      assert.ok(inNode.papers.length + inNode.warnings.length > 0, `${file} gave nothing`);
      assert.deepEqual(module, JSON.parse(JSON.stringify(inNode)));
      assert.deepEqual(classic, module);
    });
  }
});
