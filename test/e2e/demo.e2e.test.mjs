// End to end over the running demo (`npm start`'s server): every page loads, its elements render
// content, nothing is logged as an error, axe passes, nothing is requested from another host, and
// nothing overflows a 320 px phone. Run by `npm test` after the build (the CDN pages use dist/).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { loadLazyLists, rendered, scrollThrough, settled } from '../helpers/page-scripts.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { DEMO_PAGES } from '../helpers/demo-pages.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server;
let browser;
let origin;

before(async () => {
  ({ server, origin } = await startDemoServer());
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page the way a reader would, recording errors and every request's host. */
async function open(path, viewport = { width: 1200, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const foreignRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
      foreignRequests.push(url.href);
  });
  await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
  await page.waitForFunction(rendered);
  await page.evaluate(loadLazyLists);
  await page.waitForTimeout(300);
  return { page, context, problems, foreignRequests };
}

async function axeViolations(page, colorScheme) {
  // Injected through a second, CSP-bypassing page on the same URL so the strict page's policy is
  // not loosened for its own code.
  const checker = await browser.newContext({
    viewport: page.viewportSize(),
    bypassCSP: true,
    colorScheme,
  });
  const axePage = await checker.newPage();
  await axePage.goto(page.url(), { waitUntil: 'load' });
  await axePage.waitForFunction(rendered);
  await axePage.evaluate(loadLazyLists);
  await axePage.waitForTimeout(300);
  await axePage.addScriptTag({ path: axePath });
  const { violations, passed } = await axePage.evaluate(async () => {
    const result = await window.axe.run(document);
    return {
      passed: result.passes.length,
      violations: result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`,
      ),
    };
  });
  await checker.close();
  assert.ok(passed > 10, `axe checked only ${passed} rules`);
  return violations;
}

describe('the demo', () => {
  for (const path of DEMO_PAGES) {
    it(`${path}: renders its elements with no errors, no foreign requests, and passes axe, light and dark`, async () => {
      const { page, context, problems, foreignRequests } = await open(path);
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('paperfeed-card, paperfeed-list, paperfeed-subscribe')].map(
          (element) => element.localName,
        ),
      );
      if (path !== 'index.html') assert.ok(rendered.length > 0, 'no Paperfeed element on the page');
      assert.deepEqual(problems, []);
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(await axeViolations(page, 'light'), []);
      assert.deepEqual(await axeViolations(page, 'dark'), [], 'in a dark OS');
      await context.close();
    });

    it(`${path}: fits a 320 px screen, and keeps its height there while scrolled through`, async () => {
      const { page, context } = await open(path, { width: 320, height: 640 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `the page is ${width}px wide`);
      await page.waitForFunction(settled, undefined, { polling: 100 });
      const [low, high] = await page.evaluate(scrollThrough);
      assert.ok(high - low <= 4, `the page's height moved by ${high - low} px (${low} to ${high})`);
      await context.close();
    });
  }

  it('daily-papers.html: shows the 56 papers under "Oct 29" and subscribes through the demo endpoint', async () => {
    const { page, context, problems } = await open('daily-papers.html');
    const heading = await page.evaluate(
      () =>
        document.querySelector('paperfeed-list').shadowRoot.querySelector('[part="group-heading"]')
          .textContent,
    );
    assert.equal(heading, 'Oct 29');
    const announced = await page.evaluate(
      () =>
        document.querySelector('paperfeed-list').shadowRoot.querySelector('[role="status"]')
          .textContent,
    );
    assert.equal(announced.trim(), '56 papers');
    await page
      .locator('paperfeed-subscribe input[name="email"]')
      .fill(`reader-${Date.now()}@example.org`);
    await page.locator('paperfeed-subscribe button').click();
    await page.waitForFunction(() =>
      document
        .querySelector('paperfeed-subscribe')
        .shadowRoot.querySelector('[part="message"]')
        .textContent.includes('Check your inbox'),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('languages.html: the switcher puts the elements in Arabic, right to left, with no reload', async () => {
    const { page, context, problems } = await open('languages.html');
    await page.selectOption('#language', 'ar');
    await page.waitForFunction(() => {
      const subscribe = document.querySelector('paperfeed-subscribe');
      const button = subscribe.shadowRoot.querySelector('button[type="submit"]');
      return button && /[\u0600-\u06FF]/.test(button.textContent);
    });
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('cdn-classic.html: the classic script brings a language from beside itself', async () => {
    const { page, context, problems } = await open('cdn-classic.html');
    await page.evaluate(() => (document.documentElement.lang = 'de'));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('paperfeed-subscribe')].some((subscribe) =>
        subscribe.shadowRoot.textContent.includes('Abonnieren'),
      ),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lab.html: titles keep their subscripts and italic species names', async () => {
    const { page, context } = await open('lab.html');
    const marked = await page.evaluate(async () => {
      const list = document.querySelector('#journal-club-list');
      list.pageSize = 'all';
      await list.updateComplete;
      await Promise.all(
        [...list.shadowRoot.querySelectorAll('paperfeed-card')].map((card) => card.updateComplete),
      );
      const titles = [...list.shadowRoot.querySelectorAll('paperfeed-card')].map((card) =>
        card.shadowRoot.querySelector('[part="title"]'),
      );
      return titles
        .filter((title) => title?.querySelector('sub, i'))
        .map((title) => ({
          text: title.textContent.replace(/\s+/g, ' ').trim(),
          sub: [...title.querySelectorAll('sub')].map((el) => el.textContent),
          italic: [...title.querySelectorAll('i')].map((el) => el.textContent),
        }));
    });
    assert.deepEqual(marked, [
      {
        text: 'Learning Sparse Neural Networks through L0 Regularization',
        sub: ['0'],
        italic: ['L'],
      },
      {
        text: 'Genome-scale metabolic reconstructions of multiple Escherichia coli strains highlight strain-specific adaptations to nutritional environments',
        sub: [],
        italic: ['Escherichia coli'],
      },
    ]);
    await context.close();
  });
});
