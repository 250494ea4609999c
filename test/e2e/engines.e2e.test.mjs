// The demo in Firefox ESR and WebKitGTK, as readers on those engines see it: every page renders
// its elements with no error, and the page keeps its height (within 4 px) while a reader scrolls
// from top to bottom: these engines skip off-screen cards from the first frame, so a card must be
// laid out at its own size before it is ever skipped. Run by `npm test` after the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../helpers/demo-server.mjs';
import {
  LOAD_LAZY_LISTS,
  loadLazyLists,
  RENDERED,
  rendered,
  SCROLL_THROUGH,
  scrollThrough,
  SETTLED,
  settled,
} from '../helpers/page-scripts.mjs';
import {
  chosenEngines,
  FIREFOX,
  openWebKitSession,
  startWebKitDriver,
  waitFor,
} from '../../scripts/engines.mjs';
import { DEMO_PAGES } from '../helpers/demo-pages.mjs';

const engines = chosenEngines().filter((engine) => engine !== 'chromium');

let server;
let origin;

before(async () => {
  ({ server, origin } = await startDemoServer());
});

after(() => server?.close());

const driftMessage = ([low, high]) =>
  `the page's height moved by ${high - low} px (${low} to ${high})`;

describe('the demo in Firefox', { skip: !engines.includes('firefox') && 'not asked' }, () => {
  let browser;
  before(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
    });
  });
  after(() => browser?.close());

  for (const path of DEMO_PAGES) {
    describe(path, () => {
      let page;
      const problems = [];
      before(async () => {
        page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
      });
      after(() => page?.close());

      it('renders every element, with no error', async () => {
        await waitFor(() => page.evaluate(rendered), 'the elements to render');
        await page.evaluate(loadLazyLists);
        assert.deepEqual(problems, []);
      });

      it('keeps its height while scrolled through', async () => {
        await waitFor(() => page.evaluate(settled), 'the page to keep its height');
        const [low, high] = await page.evaluate(scrollThrough);
        assert.ok(high - low <= 4, driftMessage([low, high]));
      });
    });
  }
});

describe('the demo in WebKit', { skip: !engines.includes('webkit') && 'not asked' }, () => {
  let driver;
  before(async () => {
    driver = `http://127.0.0.1:${await startWebKitDriver()}`;
  });

  for (const path of DEMO_PAGES) {
    describe(path, () => {
      let session;
      const call = (...command) => session.call(...command);
      const run = (script) =>
        call('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1]; Promise.resolve(${script}).then(done, (e) => done('error: ' + e));`,
          args: [],
        });

      // A new browser for each page, as Firefox gets a new tab. Plain WebDriver reads no
      // console: uncaught errors are counted from the page's own listener, added once loaded.
      const loadPage = async () => {
        await session?.close().catch(() => {});
        session = await openWebKitSession(driver);
        await call('POST', '/window/rect', { width: 1200, height: 900 });
        await call('POST', '/url', { url: `${origin}/demo/${path}` });
        await run(
          `(window.__errors = [], window.addEventListener('error', (e) => window.__errors.push(e.message)), true)`,
        );
      };
      const showEveryList = async () => {
        await waitFor(() => run(RENDERED), 'the elements to render');
        assert.equal(await run(LOAD_LAZY_LISTS), true);
      };
      // WebKitGTK's browser process now and then dies in the middle of a run, on any page, and
      // the same page passes in a new one: a test whose session died runs once more, from a
      // newly loaded page, and says so in the test report.
      const againIfBrowserDied = (body, prepare) => async (t) => {
        try {
          await body();
        } catch (error) {
          if (error.webdriverError !== 'invalid session id') throw error;
          t.diagnostic(`${error.message}; run again in a new browser`);
          await loadPage();
          await prepare?.();
          await body();
        }
      };

      before(loadPage);
      after(() => session?.close());

      it(
        'renders every element, with no uncaught error after load',
        againIfBrowserDied(async () => {
          await showEveryList();
          assert.deepEqual(await run('window.__errors'), []);
        }),
      );

      it(
        'keeps its height while scrolled through',
        againIfBrowserDied(async () => {
          await waitFor(() => run(SETTLED), 'the page to keep its height');
          const [low, high] = await run(SCROLL_THROUGH);
          assert.ok(high - low <= 4, driftMessage([low, high]));
        }, showEveryList),
      );
    });
  }
});
