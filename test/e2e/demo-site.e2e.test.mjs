// `npm start`: the demo built as a site deploys it (scripts/demo-site.mjs), served compressed on
// this machine with its subscribe endpoint. Every page renders its elements with no console error
// and no request off the machine; scripts arrive minified and compressed. Run after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildDemoSite, serveDemoSite } from '../../scripts/demo-site.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { DEMO_PAGES } from '../helpers/demo-pages.mjs';
import { loadLazyLists, rendered } from '../helpers/page-scripts.mjs';

// The chunk of one element's code, which the CDN module loads when the element appears.
const ELEMENT_CHUNK = /\/dist\/cdn\/paperfeed-(?:card|list|subscribe)-[\w-]+\.js$/;
// Those and the chunks they import, by name.
const CHUNK =
  /\/dist\/cdn\/(paperfeed-(?:card|list|subscribe)|theme|lit-html|directive-helpers)-[\w-]+\.js$/;

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
      await page.evaluate(loadLazyLists);
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
    await page.route(ELEMENT_CHUNK, async (route) => {
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

  it("cdn.html: the module entry asks for the elements' chunks itself, with no file between", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Each element's chunk is asked for first, the chunks it imports beside it (`Promise.all`).
    const before = [];
    let elementAsked = false;
    page.on('request', (request) => {
      const url = request.url();
      if (ELEMENT_CHUNK.test(url)) elementAsked = true;
      else if (!elementAsked && /\/dist\/cdn\/[^/]+\.js$/.test(url))
        before.push(url.replace(/.*\//, ''));
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    // A re-exporting entry had its chunk to fetch first: one round trip more for every page.
    assert.deepEqual(before, ['paperfeed.js']);
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
      const chunk = CHUNK.exec(request.url());
      if (chunk) chunkRequests.push({ chunk: chunk[1], whileCodeHeld: codeHeld });
    });
    await page.route(ELEMENT_CHUNK, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      codeHeld = false;
      await route.continue();
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    const chunks = new Set(chunkRequests.map(({ chunk }) => chunk));
    assert.deepEqual([...chunks].sort(), [
      'directive-helpers',
      'lit-html',
      'paperfeed-card',
      'paperfeed-list',
      'paperfeed-subscribe',
      'theme',
    ]);
    // The subscribe box's code waits for the lists' papers (the next test), so it comes later.
    assert.deepEqual(
      chunkRequests.filter(
        ({ chunk, whileCodeHeld }) => !whileCodeHeld && chunk !== 'paperfeed-subscribe',
      ),
      [],
      'a chunk was asked for only after an element chunk arrived',
    );
    await context.close();
  });

  it("cdn.html: the subscribe box's code is asked for once the lists have painted their papers", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Each list's papers are on screen at its `paperfeed-load`: how many cards, and when.
    await page.addInitScript(() => {
      window.shown = [];
      addEventListener('paperfeed-load', ({ target }) =>
        window.shown.push({
          cards: target.shadowRoot.querySelectorAll('paperfeed-card').length,
          at: performance.now(),
        }),
      );
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    const { shown, asked } = await page.evaluate(() => ({
      shown: window.shown,
      asked: performance
        .getEntriesByType('resource')
        .filter(({ name }) => /paperfeed-subscribe-[\w-]+\.js$/.test(name))
        .map(({ startTime }) => startTime),
    }));
    // The page's two lists, both fetching their feed at once.
    assert.deepEqual(
      shown.map(({ cards }) => cards > 0),
      [true, true],
    );
    assert.equal(asked.length, 1);
    assert.ok(
      asked[0] > Math.max(...shown.map(({ at }) => at)),
      `asked at ${asked[0]} ms, before the papers at ${shown.map(({ at }) => at)} ms`,
    );
    await context.close();
  });

  it("cdn.html: a list's feed that does not come holds the subscribe box's code back for one second at most", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/feeds/daily-papers.json', () => undefined);
    await page.addInitScript(() =>
      customElements
        .whenDefined('paperfeed-list')
        .then(() => (window.listDefined = performance.now())),
    );
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('paperfeed-subscribe').shadowRoot?.querySelector('input'),
      undefined,
      { timeout: 5000 },
    );
    const { listDefined, asked } = await page.evaluate(() => ({
      listDefined: window.listDefined,
      asked: performance
        .getEntriesByType('resource')
        .find(({ name }) => /paperfeed-subscribe-[\w-]+\.js$/.test(name))?.startTime,
    }));
    const waited = asked - listDefined;
    assert.ok(waited >= 1000 && waited < 2500, `asked for ${waited} ms after the list's code ran`);
    await context.close();
  });

  it('cdn.html: each element is registered in a task of its own, after the one that ran its code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Registering an element upgrades and renders every element of its tag: in the task that ran
    // its code, or another's registration, that would be one long task of both. Each registration
    // leaves a mark in a trace.
    await page.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (tag, ...rest) => {
        console.timeStamp(`define ${tag}`);
        define(tag, ...rest);
      };
    });
    // The elements' code arrives all at once, as from a fast server: nothing spaces them out.
    let arrived;
    await page.route(CHUNK, async (route) => {
      arrived ??= new Promise((resolve) => setTimeout(resolve, 500));
      await arrived;
      await route.continue();
    });
    const client = await context.newCDPSession(page);
    const events = [];
    client.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((resolve) => client.once('Tracing.tracingComplete', resolve));
    await client.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${origin}/demo/cdn.html`, { waitUntil: 'load' });
    await page.waitForFunction(rendered);
    await client.send('Tracing.end');
    await traced;
    const marks = events
      .filter((event) => event.name === 'TimeStamp' && /^define /.test(event.args.data.message))
      .sort((a, b) => a.ts - b.ts);
    const within = (outer, inner) =>
      outer.pid === inner.pid &&
      outer.tid === inner.tid &&
      outer.ts <= inner.ts &&
      inner.ts <= outer.ts + outer.dur;
    const taskOf = (mark) =>
      events.find((event) => event.name === 'RunTask' && within(event, mark));
    const runsCode = (task) =>
      events.some((event) => event.name === 'v8.evaluateModule' && within(task, event));
    const tags = marks.map((mark) => mark.args.data.message.slice('define '.length));
    assert.deepEqual([...tags].sort(), ['paperfeed-card', 'paperfeed-list', 'paperfeed-subscribe']);
    assert.ok(tags.indexOf('paperfeed-card') < tags.indexOf('paperfeed-list'));
    const tasks = marks.map(taskOf);
    assert.ok(tasks.every(Boolean), 'a registration outside any task');
    assert.equal(new Set(tasks).size, 3, 'two elements registered in one task');
    assert.deepEqual(
      tags.filter((_, at) => runsCode(tasks[at])),
      [],
      'registered in the task that ran its code',
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
