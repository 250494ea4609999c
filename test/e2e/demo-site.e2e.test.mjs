// `npm start`: the demo built as a site deploys it (scripts/demo-site.mjs), served compressed on
// this machine with its subscribe endpoint. Every page renders its elements with no console error
// and no request off the machine; scripts arrive minified and compressed. Run after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildDemoSite, serveDemoSite } from '../../scripts/demo-site.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { DEMO_PAGES } from '../helpers/demo-pages.mjs';
import { rendered } from '../helpers/page-scripts.mjs';

let server;
let origin;
let browser;

before(async () => {
  await buildDemoSite();
  ({ server, origin } = await serveDemoSite());
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the demo as npm start serves it', () => {
  for (const path of DEMO_PAGES) {
    it(`${path}: its elements render, no error, nothing fetched off the machine, scripts compressed`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      const scripts = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', async (response) => {
        const url = new URL(response.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') {
          problems.push(`off the machine: ${url.href}`);
        }
        if (url.pathname.endsWith('.js')) {
          scripts.push([url.pathname, (await response.allHeaders())['content-encoding']]);
        }
      });
      await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
      await page.waitForFunction(rendered);
      await page.waitForTimeout(300);
      assert.deepEqual(problems, []);
      if (path !== 'index.html') assert.ok(scripts.length > 0, 'no script loaded');
      for (const [script, encoding] of scripts) assert.equal(encoding, 'br', script);
      await context.close();
    });
  }

  it("cdn.html: the feed is requested while the elements' code is still on its way", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The elements' chunks are held back until the feed is asked for (or 3 s have passed), so
    // the order does not depend on how fast this machine serves them.
    let releaseCode;
    const feedAsked = new Promise((resolve) => (releaseCode = resolve));
    let codeHeld = true;
    const feedRequests = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/feeds/daily-papers.json')) return;
      feedRequests.push({ whileCodeHeld: codeHeld });
      releaseCode();
    });
    await page.route(/\/dist\/cdn\/define-[\w-]+\.js$/, async (route) => {
      await Promise.race([feedAsked, new Promise((resolve) => setTimeout(resolve, 3000))]);
      codeHeld = false;
      await route.continue();
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    // Without the prefetch, the list asks for its feed only once its chunk has run.
    assert.deepEqual(feedRequests, [{ whileCodeHeld: true }]);
    await context.close();
  });

  it("cdn.html: the elements' chunks and the chunks they import are requested together", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The elements' chunks are held back for a second: the chunks they import must be asked for
    // meanwhile, not once an element's chunk has arrived and been read.
    let codeHeld = true;
    const chunkRequests = [];
    page.on('request', (request) => {
      const chunk = /\/dist\/cdn\/(define|theme|lit-html|directive-helpers)-[\w-]+\.js$/.exec(
        request.url(),
      );
      if (chunk) chunkRequests.push({ chunk: chunk[1], whileCodeHeld: codeHeld });
    });
    await page.route(/\/dist\/cdn\/define-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      codeHeld = false;
      await route.continue();
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    const chunks = new Set(chunkRequests.map(({ chunk }) => chunk));
    assert.deepEqual([...chunks].sort(), ['define', 'directive-helpers', 'lit-html', 'theme']);
    assert.deepEqual(
      chunkRequests.filter(({ whileCodeHeld }) => !whileCodeHeld),
      [],
      'a chunk was asked for only after an element chunk arrived',
    );
    await context.close();
  });

  it('answers the subscribe form at /api/subscribe', async () => {
    const email = `reader-${Date.now()}@example.org`;
    const post = () =>
      fetch(`${origin}/api/subscribe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      });
    assert.equal((await post()).status, 201);
    assert.equal((await post()).status, 409);
  });

  it('the library a page bundles is minified', async () => {
    const html = await (await fetch(`${origin}/demo/daily-papers.html`)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)[1];
    const code = await (await fetch(`${origin}${script}`)).text();
    // No comment of the sources survives, and no statement starts a line of its own.
    assert.doesNotMatch(code, /\/\*\*|\n\s*(?:const|let|return|if|for) /);
  });
});
