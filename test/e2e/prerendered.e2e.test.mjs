// The demo's prerendered pages (written by `paperfeed render` during the build) as readers get
// them: with JavaScript off, the papers, their links and whole abstracts are in the page; with it
// on, paperfeed-hydrate.js hydrates the list in place (the same nodes, the same text, no layout
// shift, no warning) and everything a reader does works. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { tempFolder } from '../helpers/temp-folder.mjs';

const PAGES = ['prerendered.html', 'prerendered-strict-csp.html'];
const FEED = JSON.parse(readFileSync('demo/feeds/daily-papers.json', 'utf8')).items;
const upvotesOf = new Map(FEED.map((item) => [item.title, item._paperfeed?.upvotes ?? 0]));
// The demo pages list the feed by upvotes, five at a time: these are the upvotes shown.
const TOP_FIVE_UPVOTES = [...upvotesOf.values()].sort((a, b) => b - a).slice(0, 5);

let server;
let browser;
let origin;

before(async () => {
  ({ server, origin } = await startDemoServer());
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, { javaScriptEnabled = true, holdScript = false, initScript } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 1200, height: 900 },
  });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  let release;
  if (holdScript) {
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/paperfeed-hydrate.js', async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(`${origin}/demo/${path}`, { waitUntil: holdScript ? 'commit' : 'load' });
  return { page, context, problems, release };
}

/**
 * What `read` sees between the page's tasks, from now until `done` holds after a reading: both run
 * in the page (written without outside names), from a task queued again and again (a message:
 * timers would be held back 4 ms). `watched()` resolves to the distinct readings, in order.
 */
async function readBetweenTasks(page, read, done) {
  await page.evaluate(`window.read = ${read}; window.done = ${done};`);
  await page.evaluate(() => {
    window.seen = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.seen.push(window.read());
      if (window.done()) window.watched = true;
      else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
  return async () => {
    await page.waitForFunction(() => window.watched);
    return page.evaluate(() => [...new Set(window.seen)]);
  };
}

// Runs in the page: what the list shows, as text, through every shadow root.
const SHOWN = (list = document.querySelector('paperfeed-list')) => {
  const text = (node) =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent
      : [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]
          .filter((child) => child.localName !== 'script' && child.localName !== 'style')
          .map(text)
          .join('');
  return text(list).replace(/\s+/g, ' ').trim();
};

/**
 * A page holding what `paperfeed render <args>` writes (in a `<main>` with `mainAttributes`), its
 * hydrate script held until `release()`: resolves once the page is parsed, its cards in it.
 */
async function openRendered(args, viewport, mainAttributes = '') {
  const element = execFileSync(process.execPath, ['bin/paperfeed.mjs', 'render', ...args], {
    encoding: 'utf8',
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rendered</title>
    <script type="module" src="/dist/cdn/paperfeed-hydrate.js"></script></head>
    <body><main ${mainAttributes}>${element}</main></body></html>`;
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/paperfeed-hydrate.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.route(`${origin}/demo/rendered.html`, (route) =>
    route.fulfill({ body: html, contentType: 'text/html' }),
  );
  await page.goto(`${origin}/demo/rendered.html`, { waitUntil: 'commit' });
  // Parsed whole: the module script runs (once released) after this, before DOMContentLoaded.
  await page.waitForFunction(() => document.readyState !== 'loading');
  return { page, context, problems, release };
}

describe('a prerendered page with JavaScript off', () => {
  for (const path of PAGES) {
    it(`${path}: shows the papers, their links and whole abstracts`, async () => {
      const { page, context, problems } = await open(path, { javaScriptEnabled: false });
      const [daily, lab] = [
        page.locator('paperfeed-list').nth(0),
        page.locator('paperfeed-list').nth(1),
      ];
      assert.equal(await daily.locator('paperfeed-card').count(), 5);
      assert.equal(await lab.locator('paperfeed-card').count(), 5);
      const titles = await daily.locator('[part~="title"]').allTextContents();
      assert.deepEqual(
        titles.map((title) => upvotesOf.get(title)),
        TOP_FIVE_UPVOTES,
      );
      const links = await lab
        .locator('[part~="link"], [part~="title-link"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.href));
      assert.ok(links.length >= 10, `only ${links.length} links`);
      assert.ok(
        links.every((href) => /^https?:/.test(href)),
        links.join(' '),
      );
      const abstracts = await page
        .locator('paperfeed-list [part~="abstract"]')
        .evaluateAll((nodes) => nodes.map((node) => [node.clientHeight, node.scrollHeight]));
      assert.ok(abstracts.length >= 5, `${abstracts.length} abstracts`);
      for (const [shown, whole] of abstracts)
        assert.ok(whole - shown <= 1, `${shown} of ${whole} px`);
      const controls = await page
        .locator(
          'paperfeed-list [part~="abstract-toggle"], paperfeed-list [part~="copy-button"], paperfeed-list [part~="more-button"], paperfeed-list [part~="search"]',
        )
        .evaluateAll((nodes) => nodes.filter((node) => node.getClientRects().length > 0).length);
      assert.equal(controls, 0, 'controls that need script are shown');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('carries schema.org JSON-LD for every paper of each list', async () => {
    const { page, context } = await open('prerendered.html', { javaScriptEnabled: false });
    const scripts = page.locator('paperfeed-list > script[type="application/ld+json"]');
    const [daily, lab] = (await scripts.allTextContents()).map((text) => JSON.parse(text));
    const embedded = await page
      .locator('paperfeed-list > script[type="application/json"]')
      .allTextContents();
    assert.equal(daily.length, FEED.length);
    assert.equal(lab.length, JSON.parse(embedded[1]).items.length);
    for (const article of [...daily, ...lab]) {
      assert.equal(article['@context'], 'https://schema.org');
      assert.equal(article['@type'], 'ScholarlyArticle');
      assert.ok(article.name, JSON.stringify(article));
      // Only schema.org's own ScholarlyArticle (CreativeWork) properties.
      const known = [
        '@context',
        '@type',
        'name',
        'headline',
        'author',
        'datePublished',
        'abstract',
        'url',
        'sameAs',
        'identifier',
        'isPartOf',
        'keywords',
      ];
      assert.deepEqual(
        Object.keys(article).filter((key) => !known.includes(key)),
        [],
      );
    }
    for (const article of lab) {
      assert.match(article.datePublished, /^\d{4}(-\d\d){0,2}$/);
      assert.ok(
        article.author.length > 0 && article.author.every((a) => a['@type'] === 'Person' && a.name),
      );
      assert.ok(article.url, article.name);
      assert.ok(
        (article.identifier ?? []).every(
          (id) =>
            id['@type'] === 'PropertyValue' &&
            ((id.propertyID === 'DOI' && /^10\.\d{4,}\//.test(id.value)) ||
              (id.propertyID === 'arXiv' && /^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/.test(id.value))),
        ),
        JSON.stringify(article.identifier),
      );
    }
    assert.ok(lab.some((article) => article.identifier?.some((id) => id.propertyID === 'DOI')));
    assert.ok(lab.some((article) => article.isPartOf?.['@type'] === 'Periodical'));
    await context.close();
  });
});

describe('a prerendered page hydrating', () => {
  for (const path of PAGES) {
    it(`${path}: keeps its nodes and text, does not move, warns of nothing`, async () => {
      const { page, context, problems, release } = await open(path, { holdScript: true });
      await page.waitForFunction(
        () =>
          document.querySelector('paperfeed-list')?.shadowRoot?.querySelectorAll('paperfeed-card')
            .length === 5,
      );
      const before = await page.evaluate(SHOWN);
      await page.evaluate(() => {
        const list = document.querySelector('paperfeed-list');
        const card = list.shadowRoot.querySelector('paperfeed-card');
        window.before = { card, title: card.shadowRoot.querySelector('[part~="title"]') };
        window.shift = 0;
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries()) window.shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: false });
      });
      release();
      await page.waitForFunction(() => {
        const list = document.querySelector('paperfeed-list');
        return (
          customElements.get('paperfeed-list') &&
          !list.hasAttribute('defer-hydration') &&
          list.hasUpdated
        );
      });
      await page.waitForTimeout(500);
      const kept = await page.evaluate(() => {
        const list = document.querySelector('paperfeed-list');
        const card = list.shadowRoot.querySelector('paperfeed-card');
        return (
          card === window.before.card &&
          card.shadowRoot.querySelector('[part~="title"]') === window.before.title &&
          window.before.title.isConnected &&
          card.hasUpdated
        );
      });
      assert.ok(kept, 'the prerendered nodes were replaced');
      assert.equal(await page.evaluate(SHOWN), before);
      assert.equal(await page.evaluate(() => window.shift), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('hydrates one element a task, its cards after it, with no date or number formatter from Intl in English', async () => {
    const { page, context, problems, release } = await open('prerendered.html', {
      holdScript: true,
      // Notes when the page makes a date or number formatter (English writes them itself).
      initScript: () => {
        for (const name of ['NumberFormat', 'DateTimeFormat']) {
          const Formatter = Intl[name];
          Intl[name] = function (...args) {
            window.formatterMade = true;
            return new Formatter(...args);
          };
        }
      },
    });
    await page.waitForFunction(() => document.querySelectorAll('paperfeed-list').length === 2);
    // The two lists, and the first one's cards, between the page's tasks.
    const watched = await readBetweenTasks(
      page,
      () => {
        const lists = [...document.querySelectorAll('paperfeed-list')];
        const cards = [...lists[0].shadowRoot.querySelectorAll('paperfeed-card')];
        const hydrated = cards.filter((card) => card.hasUpdated).length;
        const state = lists.map((list) => Boolean(list.hasUpdated));
        return [Boolean(window.formatterMade), ...state, hydrated].join();
      },
      () =>
        [...document.querySelectorAll('paperfeed-list')].every((list) => list.hasUpdated) &&
        [
          ...document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card'),
        ].every((card) => card.hasUpdated),
    );
    release();
    const seen = await watched();
    assert.ok(
      seen.includes('false,true,false,0'),
      `the lists, or the first list and its cards, hydrated together: ${seen.join(' then ')}`,
    );
    assert.ok(
      seen.every((state) => state.startsWith('false')),
      `a formatter was made: ${seen.join(' then ')}`,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads the papers a list carries once let go to hydrate, not while held back', async () => {
    const { page, context, problems, release } = await open('prerendered.html', {
      holdScript: true,
    });
    await page.waitForFunction(() => document.querySelectorAll('paperfeed-list').length === 2);
    // The second list, let go after the first: whether it is defined, still held, and has read
    // its papers, between the page's tasks.
    const watched = await readBetweenTasks(
      page,
      () => {
        const list = document.querySelectorAll('paperfeed-list')[1];
        const defined = customElements.get('paperfeed-list') !== undefined;
        return [defined, list.hasAttribute('defer-hydration'), list.feed !== undefined].join();
      },
      () => document.querySelectorAll('paperfeed-list')[1].hasUpdated,
    );
    release();
    const seen = await watched();
    assert.ok(
      seen.includes('true,true,false'),
      `never seen defined and held: ${seen.join(' then ')}`,
    );
    assert.ok(!seen.includes('true,true,true'), `read while held: ${seen.join(' then ')}`);
    const read = await page.evaluate(() => {
      const list = document.querySelectorAll('paperfeed-list')[1];
      const carried = JSON.parse(list.querySelector('script[type="application/json"]').textContent);
      return [list.feed.papers.length, carried.items.length];
    });
    assert.equal(read[0], read[1]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('prerendered cards keep their nodes and read the paper they carry once let go', async () => {
    const { page, context, problems, release } = await openRendered(
      ['demo/feeds/daily-papers.json', '--element', 'card', '--top', '3'],
      { width: 412, height: 823 },
    );
    await page.evaluate(() => {
      window.titles = [...document.querySelectorAll('paperfeed-card')].map((card) =>
        card.shadowRoot.querySelector('[part~="title"]'),
      );
    });
    // The last card: whether it is defined, still held, and has read its paper.
    const watched = await readBetweenTasks(
      page,
      () => {
        const last = [...document.querySelectorAll('paperfeed-card')].at(-1);
        const defined = customElements.get('paperfeed-card') !== undefined;
        return [defined, last.hasAttribute('defer-hydration'), last.paper !== undefined].join();
      },
      () => [...document.querySelectorAll('paperfeed-card')].every((card) => card.hasUpdated),
    );
    release();
    const seen = await watched();
    assert.ok(
      seen.includes('true,true,false'),
      `never seen defined and held: ${seen.join(' then ')}`,
    );
    assert.ok(!seen.includes('true,true,true'), `read while held: ${seen.join(' then ')}`);
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('paperfeed-card')].map((card, index) => ({
        kept: card.shadowRoot.querySelector('[part~="title"]') === window.titles[index],
        title: card.shadowRoot.querySelector('[part~="title"]').textContent.trim(),
        paper: card.paper.title,
      })),
    );
    assert.equal(cards.length, 3);
    for (const card of cards) {
      assert.ok(card.kept, `the prerendered title of "${card.title}" was replaced`);
      assert.equal(card.title, card.paper);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a list prerendered whole keeps every card as it hydrates, without a mismatch', async () => {
    // The list renders a long page a screenful at a time; a prerendered one must not, or its
    // first client render would not match the cards in the HTML.
    const { page, context, problems, release } = await openRendered(
      ['demo/feeds/daily-papers.json', '--attr', 'page-size=all'],
      { width: 412, height: 823 },
    );
    await page.evaluate(() => {
      const cards = document
        .querySelector('paperfeed-list')
        .shadowRoot.querySelectorAll('paperfeed-card');
      window.lastCard = cards[cards.length - 1];
    });
    release();
    await page.waitForFunction(() => document.querySelector('paperfeed-list').hasUpdated);
    const kept = await page.evaluate(() => {
      const cards = document
        .querySelector('paperfeed-list')
        .shadowRoot.querySelectorAll('paperfeed-card');
      return { count: cards.length, same: cards[cards.length - 1] === window.lastCard };
    });
    assert.deepEqual(kept, { count: FEED.length, same: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("measures every hydrated card's abstract, those laid out off screen too", async () => {
    // 170 characters: by its length it fits two lines, as the server guesses; in a 200 px list
    // it takes more, so every card needs "Show more" once hydrated. The browser has laid the
    // cards out (and decided which to skip) before the script comes.
    const summary = 'Normalizing each layer makes training stable. '.repeat(4).slice(0, 170);
    const feed = join(tempFolder(), 'narrow.json');
    writeFileSync(
      feed,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Narrow',
        items: Array.from({ length: 40 }, (_, index) => ({
          id: `p${index}`,
          url: `https://example.org/p${index}`,
          title: `Paper ${index}`,
          summary,
        })),
      }),
    );
    const { page, context, problems, release } = await openRendered(
      [feed, '--attr', 'page-size=all', '--attr', 'abstract-lines=2'],
      { width: 1200, height: 900 },
      'style="display: block; width: 200px"',
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    release();
    const withoutShowMore = await page.waitForFunction(() => {
      const cards = [
        ...document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card'),
      ];
      if (cards.length !== 40 || !cards.every((card) => card.classList.contains('sized')))
        return undefined;
      return cards.flatMap((card, index) =>
        card.shadowRoot.querySelector('[part="abstract-toggle"]') ? [] : [index],
      );
    });
    assert.deepEqual(await withoutShowMore.jsonValue(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows what the same list rendered in the browser from its feed shows', async () => {
    const { page, context, problems } = await open('prerendered.html');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('paperfeed-list')].every((list) => list.hasUpdated),
    );
    assert.deepEqual(problems, []);
    // (The twins' own site-owner warnings about the real .bib's repeated entries are expected.)
    // Each prerendered list, and beside it the same element made in the browser with the same
    // attributes, reading the same sources by `src`.
    const sources = [
      './feeds/daily-papers.json',
      './feeds/lab/papers.bib ./feeds/lab/openalex-works.json',
    ];
    const pairs = await page.evaluate(
      async ({ sources, shown }) => {
        const text = new Function(`return (${shown})`)();
        const lists = [...document.querySelectorAll('paperfeed-list')];
        const made = lists.map((list, i) => {
          const twin = document.createElement('paperfeed-list');
          for (const { name, value } of list.attributes) twin.setAttribute(name, value);
          twin.setAttribute('src', sources[i]);
          list.after(twin);
          return twin;
        });
        await Promise.all(
          made.map(
            (twin) => new Promise((resolve) => twin.addEventListener('paperfeed-load', resolve)),
          ),
        );
        await Promise.all(made.map((twin) => twin.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
        return lists.map((list, i) => [text(list), text(made[i])]);
      },
      { sources, shown: SHOWN.toString() },
    );
    for (const [prerendered, rendered] of pairs) assert.equal(prerendered, rendered);
    await context.close();
  });

  it('then searches, shows more and opens an abstract', async () => {
    const { page, context, problems } = await open('prerendered.html');
    await page.waitForFunction(() => document.querySelector('paperfeed-list')?.hasUpdated);
    const list = page.locator('paperfeed-list').first();
    const titles = list.locator('[part~="title"]');
    await list.locator('[part~="more-button"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card')
          .length === 10,
    );
    const toggle = list.locator('[part~="abstract-toggle"]').first();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const wanted = (await titles.allTextContents())[7];
    await list.locator('[part~="search"]').fill(wanted);
    await page.waitForFunction(
      () =>
        document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card')
          .length === 1,
    );
    assert.deepEqual(await titles.allTextContents(), [wanted]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
