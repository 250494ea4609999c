// `npm run bench`: parseFeed in Node, then <paperfeed-list> in headless Chromium against a
// hand-written vanilla DOM in the same run. Prints the figures and writes docs/performance.md.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';
import { benchParseFeed, parseInputs } from './parse-feed.mjs';
import { benchSources, readerSizes, sourceInputs } from './sources.mjs';
import { serve } from './serve.mjs';
import { median } from './stats.mjs';
import { benchBigFeed, BIG_FEED_PAPERS, bigFeed, SLOW_BYTES_PER_SECOND } from './big-feed.mjs';
import { benchColdParse, coldParseFeeds } from './cold-parse.mjs';
import { benchColdRender, COLD_PAPERS } from './cold-render.mjs';
import { benchLayoutShift, benchLayoutShiftInEngines } from './layout-shift.mjs';
import { benchDemoShift, DEMO_PAGES, SECTION_LINKS } from './demo-shift.mjs';
import { benchScriptBytes } from './script-bytes.mjs';
import { benchRender } from './render.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchPageTasks } from './page-tasks.mjs';
import { startDemoServer } from '../test/helpers/demo-server.mjs';

const RUNS = 7;
// A network such as a phone's: each request this far from the server.
const FAR_LATENCY_MS = 50;
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
/** The host page's rows in the layout-shift table. */
const HOST_PAGES = {
  reserved: 'with `paperfeed-reserve.css`',
  unreserved: 'without it',
  german: 'in German (`lang="de"`), with it',
  germanCard: 'in German, its subscribe box a card (`variant="card"`), with it',
};

const parseInputList = parseInputs();
const parseRows = await benchParseFeed(parseInputList);
const printParse = (engine, rows) => {
  console.log(`parseFeed (${engine}):`);
  for (const row of rows) {
    console.log(
      `  ${row.feed.padEnd(45)} ${String(row.papers).padStart(6)}  JSON.parse ${fmt(row.jsonParse)} ms  parseFeed ${fmt(row.parseFeed)} ms  ${row.ratio.toFixed(1)}x  (every abstract read ${row.everyAbstractRatio.toFixed(1)}x)`,
    );
  }
};
printParse('Node', parseRows);

const render = await benchRender();
for (const row of render.rows) {
  console.log(
    `paperfeed render, ${row.papers} papers: ${fmt(row.ms)} ms; HTML a paper ${row.inlinePerPaper.toFixed(1)} KB (${row.inlineGzipPerPaper.toFixed(2)} KB gzip), linked stylesheets ${row.linkedPerPaper.toFixed(1)} KB (${row.linkedGzipPerPaper.toFixed(2)} KB gzip), JSON Feed ${row.jsonGzipPerPaper.toFixed(2)} KB gzip`,
  );
}

const sourceInputList = sourceInputs();
const sourceRows = await benchSources(sourceInputList);

const bigFeedText = bigFeed();
const coldParseList = coldParseFeeds(parseInputList, bigFeedText);
const { server, origin } = await serve({
  generated: Object.fromEntries(coldParseList.map(({ path, text }) => [path, text])),
});
const browser = await chromium.launch({
  executablePath: findChrome(),
  // gc() lets the parseFeed table start each run on a large feed from a collected heap.
  args: [...CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), '--js-flags=--expose-gc'],
});

try {
  const parsePage = await browser.newPage();
  await parsePage.goto(`${origin}/bench/pages/list.html`);
  const browserParseRows = await parsePage.evaluate(async (inputs) => {
    const { loadFullEntityTable, parseFeed } = await import('/dist/cdn/paperfeed.js');
    const { timeParse } = await import('/bench/pages/time-parse.js');
    await loadFullEntityTable();
    return timeParse(parseFeed, inputs);
  }, parseInputList);
  // Each source in Chromium through the CDN module; XML against the browser's own DOMParser.
  const browserSourceRows = await parsePage.evaluate(async (inputs) => {
    const { loadFullEntityTable, parseFeedText } = await import('/dist/cdn/paperfeed.js');
    await loadFullEntityTable();
    const { timeAsync: time } = await import('/bench/pages/time-async.js');
    const rows = [];
    for (const { syntax, text } of inputs) {
      const runs = text.length > 1_000_000 ? 5 : 25;
      const batch = text.length > 1_000_000 ? 1 : 50;
      const ms = await time(() => parseFeedText(text), runs, batch);
      const baseline =
        syntax === 'json'
          ? await time(() => JSON.parse(text), runs, batch)
          : syntax === 'xml'
            ? await time(
                () => new DOMParser().parseFromString(text, 'application/xml'),
                runs,
                batch,
              )
            : undefined;
      rows.push({ ms, baseline });
    }
    return rows;
  }, sourceInputList);
  await parsePage.close();
  printParse('Chromium', browserParseRows);
  for (const [i, row] of sourceRows.entries()) {
    const web = browserSourceRows[i];
    console.log(
      `  ${row.name.padEnd(48)} Node ${fmt(row.ms)} ms (${row.baseline ? `${row.baseline.what} ${fmt(row.baseline.ms)} ms` : 'no baseline'})  Chromium ${fmt(web.ms)} ms${web.baseline === undefined ? '' : ` (baseline ${fmt(web.baseline)} ms)`}`,
    );
  }

  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/bench/pages/list.html`);
  await page.evaluate(() => window.ready);
  const feed = await (await fetch(`${origin}/demo/feeds/daily-papers.json`)).json();

  const listRows = [];
  for (const size of [50, 1000, 10000]) {
    for (const scenario of ['first', 'search', 'focused', 'sort']) {
      const result = {};
      for (const kind of ['list', 'vanilla']) {
        const times = [];
        let count = 0;
        for (let run = 0; run < RUNS; run++) {
          const measured = await page.evaluate(
            async ({ kind, scenario, size, items }) => {
              const papers = Array.from({ length: size }, (_, i) => {
                const item = items[i % items.length];
                return {
                  id: `${item.id}-${i}`,
                  title: item.title,
                  summary: item.content_text,
                  authors: [],
                  authorCount: item._paperfeed.author_count,
                  published: item.date_published,
                  upvotes: item._paperfeed.upvotes,
                  tags: [],
                  links: {},
                };
              });
              const outcome = await window.runScenario(kind, scenario, papers);
              return { ...outcome, elements: window.elementCount() };
            },
            { kind, scenario, size, items: feed.items },
          );
          times.push(measured.ms);
          count = measured.elements;
        }
        result[kind] = { ms: median(times), elements: count };
      }
      listRows.push({ size, scenario, ...result, ratio: result.list.ms / result.vanilla.ms });
      console.log(
        `list ${String(size).padStart(5)} ${scenario.padEnd(7)} list ${fmt(result.list.ms)} ms (${result.list.elements} elements)  vanilla ${fmt(result.vanilla.ms)} ms (${result.vanilla.elements} elements)  ${(result.list.ms / result.vanilla.ms).toFixed(2)}x`,
      );
    }
  }

  const client = await page.context().newCDPSession(page);
  /** The page's heap after rendering 10,000 minimal papers with `kind`, garbage collected. */
  const heapAfter = async (kind) => {
    await page.evaluate(
      (kind) =>
        window.runScenario(
          kind,
          'first',
          Array.from({ length: 10000 }, (_, i) => ({
            id: String(i),
            title: `Paper ${i}`,
            authors: [],
            tags: [],
            links: {},
          })),
        ),
      kind,
    );
    await client.send('HeapProfiler.collectGarbage');
    return (await client.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapList = await heapAfter('list');
  const heapVanilla = await heapAfter('vanilla');

  // From the module's request to the first card; `latency` puts each request that far away.
  const fromScriptTag = async (latency = 0) => {
    const firstCards = [];
    const shifts = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      if (latency) {
        const client = await fresh.context().newCDPSession(fresh);
        await client.send('Network.emulateNetworkConditions', {
          offline: false,
          latency,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      await fresh.goto(`${origin}/bench/pages/first-card.html`);
      const firstCard = await fresh.evaluate(() => window.firstCard);
      const scriptStart = await fresh.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .find((e) => e.name.endsWith('/dist/cdn/paperfeed.js'))?.startTime ?? 0,
      );
      await fresh.waitForTimeout(500);
      shifts.push(await fresh.evaluate(() => window.layoutShift));
      firstCards.push(firstCard - scriptStart);
      await fresh.close();
    }
    return { firstCard: median(firstCards), shift: median(shifts) };
  };
  const { firstCard, shift } = await fromScriptTag();
  const farFirstCard = (await fromScriptTag(FAR_LATENCY_MS)).firstCard;
  console.log(
    `CDN module, script start to first card on the demo feed: ${fmt(firstCard)} ms (${fmt(farFirstCard)} ms with each request ${FAR_LATENCY_MS} ms away); layout shift ${shift.toFixed(3)}`,
  );
  console.log(
    `heap with 10,000 papers: list ${(heapList / 1e6).toFixed(1)} MB, vanilla ${(heapVanilla / 1e6).toFixed(1)} MB`,
  );

  const big = await benchBigFeed(browser, origin);
  const bigParse = parseRows.find(
    (row) => row.feed.startsWith('JSON Feed') && row.papers === BIG_FEED_PAPERS,
  );
  console.log(
    `10,000-paper feed by src (${(bigFeedText.length / 1e6).toFixed(2)} MB): navigation start to first title ${fmt(big.firstTitle)} ms, ${(big.firstTitle / big.vanilla).toFixed(2)}× a hand-written page's ${fmt(big.vanilla)} ms (${fmt(big.withDevTools)} ms with DevTools watching the network); at ${SLOW_BYTES_PER_SECOND / 1e6} MB/s ${fmt(big.slow.list)} ms, ${(big.slow.list / big.slow.vanilla).toFixed(2)}× the hand-written page's ${fmt(big.slow.vanilla)} ms`,
  );

  const coldParseRows = await benchColdParse(browser, origin, coldParseList);
  console.log('parseFeed, first call in a fresh tab (Chromium):');
  for (const row of coldParseRows) {
    console.log(
      `  ${row.feed.padEnd(45)} ${String(row.papers).padStart(6)}  JSON.parse ${fmt(row.jsonParse)} ms  + parseFeed ${fmt(row.parseFeed)} ms  ${row.ratio.toFixed(1)}x; parseFeed alone ${fmt(row.alone)} ms  ${row.aloneRatio.toFixed(1)}x`,
    );
  }

  const cold = await benchColdRender(browser, origin);
  const coldRatio = (what) => cold.list[what] / cold.vanilla[what];
  for (const what of ['cold', 'warm', 'throttled']) {
    console.log(
      `${COLD_PAPERS} realistic papers, ${what}: list ${fmt(cold.list[what])} ms, vanilla ${fmt(cold.vanilla[what])} ms, ${coldRatio(what).toFixed(2)}x`,
    );
  }
  // The longest task of a run at 4×: the median of the runs, and the worst run's.
  const longest = ({ median, worst }) => `${fmt(median)} ms (worst ${fmt(worst)})`;
  console.log(
    `longest task at 4x CPU throttling: list ${longest(cold.list.longestTask)}, vanilla ${longest(cold.vanilla.longestTask)}`,
    `longest task at 4x, formatters made first: list ${longest(cold.list.longestTaskIntlFirst)}, vanilla ${longest(cold.vanilla.longestTaskIntlFirst)}`,
    `longest task at 4x once a feed from src arrives: list ${longest(cold.list.longestTaskFromSrc)}, vanilla ${longest(cold.vanilla.longestTaskFromSrc)}`,
    `longest task at 4x, a hand-written page's one paper, formatters made first: ${longest(cold.onePaperLongestTask)}`,
  );

  // Chromium's rows, then Firefox's and WebKit's.
  const hostShiftOf = async (path) => [
    ...(await benchLayoutShift(browser, origin, path)),
    ...(await benchLayoutShiftInEngines(origin, path)),
  ];
  const hostShift = {
    reserved: await hostShiftOf('/bench/pages/host.html'),
    unreserved: await hostShiftOf('/bench/pages/host.html?unreserved'),
    german: await hostShiftOf('/bench/pages/host.html?lang=de'),
    germanCard: await hostShiftOf('/bench/pages/host.html?lang=de&card'),
  };
  // A figure of the Layout Instability API, which only Chromium has.
  const apiFigure = (row, key) => row.api?.[key].toFixed(4) ?? '—';
  for (const [name, rows] of Object.entries(hostShift)) {
    for (const row of rows) {
      console.log(
        `host page ${name}, ${row.engine} ${row.viewport.width}x${row.viewport.height}: CLS ${apiFigure(row, 'total')} (API), ${row.fromBoxes.total.toFixed(4)} (from the boxes); after the elements appear ${apiFigure(row, 'afterElements')}, ${row.fromBoxes.afterElements.toFixed(4)}`,
      );
    }
  }

  const demo = await startDemoServer();
  const demoShift = await benchDemoShift(browser, demo.origin, 3, [
    ...DEMO_PAGES,
    ...SECTION_LINKS,
  ]).finally(() => demo.server.close());
  for (const row of demoShift) {
    console.log(
      `demo ${row.page}: CLS ${row.cls[412].toFixed(4)} (412 px), ${row.cls[1280].toFixed(4)} (1280 px)`,
    );
    for (const width of [412, 1280]) {
      if (row.cls[width] > 0.01)
        console.log(`  moved at ${width} px: ${row.moved[width].join('; ')}`);
    }
  }

  const lighthouse = await benchLighthouse();
  for (const row of lighthouse.rows) {
    console.log(
      `Lighthouse ${row.page}: performance ${row.score}, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}, LCP ${Math.round(row.lcp)} ms`,
    );
  }

  // On the site Lighthouse built.
  const pageTasks = await benchPageTasks(browser);
  for (const row of pageTasks.rows) {
    console.log(
      `long tasks loading ${row.page} at 4x: longest ${Math.round(row.longest)} ms, ${row.long} over 50 ms, ${Math.round(row.blocking)} ms over 50 ms in all`,
    );
  }

  const scripts = await benchScriptBytes(browser, origin);
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  console.log(`script for a list and a subscribe box: ${kb(scripts.total)} KB gzip`);

  const version = browser.version();
  /** Where the page's script stands against its aim, from what its bytes are for. */
  const budgetNote = ({ areas }) => {
    const of = (...keys) =>
      areas.filter((area) => keys.includes(area.key)).reduce((sum, area) => sum + area.bytes, 0);
    const core = of('lit', 'jsonFeed', 'data', 'text', 'list', 'card', 'controllers');
    return [
      `Lit and what a list needs to show a JSON Feed at all (reading and vetting it, the text pipeline, the list, the card and their controllers) come to ${kb(core)} KB by themselves, so no trimming reaches it.`,
      `The subscribe box's code is fetched once the lists have painted their papers, so it is not in this count (it still is on the page). Alternating the builds before and after that change on this page at 4× CPU slowdown (11 fresh tabs each, 2026-12-03), the first card came at 1166 against 1206 ms and the longest task took 154 against 153 ms: on a local server the change shows in the bytes, not in the time. Steps that would take the count further down, none of them taken: the readers of the scholarly APIs (${kb(of('scholarly'))} KB) fetched only for a feed in their format, which needs the CDN module's \`parseFeed\` to become asynchronous (a breaking change; a build with them stubbed out, 2026-12-04, fetched 2.4 KB less on this page, as they share their helpers with the rest), or the data API to leave the module entry, which alone gains nothing (a build with a second entry that registers the elements and exports nothing else, tried on 2026-12-03, fetched 53.4 KB on this page: the list uses the same data code, which then sat in a chunk that entry imports); the list's tools that its first screen shows but no reader has used yet (search, sort, tag filter, date navigation, the view kept in the URL, refresh) in a chunk fetched after the first card, their controls drawn at their size meanwhile. A second minifier does not: Terser (three passes) over the minified files of this page, tried on 2026-12-04, took 0.65 KB off (1.2%).`,
      `About 20 KB would leave room for little more than Lit (${kb(of('lit'))} KB) and a first-render core: reading JSON Feed and one template for the cards, everything else fetched after the first card.`,
    ].join(' ');
  };
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Chromium ${version}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'CPU unnamed'}). Medians of ${RUNS} runs; every ratio compares two figures measured in the same run. Regenerate with \`npm run bench\`.`,
    '',
    '## `<paperfeed-list>` against a hand-written vanilla DOM',
    '',
    'The list gets its papers through `.papers` with `page-size="all"`; the baseline builds plain `article` elements with the same title, meta line and clamped abstract. Times run from setting the data to the first screen laid out (the list renders a screenful of cards first, the rest as many a task as fit in its time budget; the element counts are taken once every card is rendered). The list lays out only what is near the viewport: up to 200 papers through `content-visibility: auto` on each card but those of the first screen, above that with `@lit-labs/virtualizer`; the baseline lays out everything. After the first render the list lays the skipped cards out a few at a time while the page is idle, to learn the height each holds when skipped (so the page keeps its height as a reader scrolls); that work is not in these times. The “Show more” buttons of the cards are added in the next animation frame, before it is painted, and are not in these times. “Search typed” sets the list’s `query` as a script or a view restored from the URL does: the list then makes each paper’s search text (its title, abstract, names and tags, folded for matching) in that render. “Search typed at the box” sets the same word on a `searchable` list whose box was focused 300 ms before, as a reader’s typing does: from the box’s focus the list makes that text while the page is idle.',
    '',
    '| papers | what | list | vanilla | list / vanilla | elements on the page (list / vanilla) |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...listRows.map(
      (row) =>
        `| ${row.size.toLocaleString('en')} | ${{ first: 'first render', search: 'search typed', focused: 'search typed at the box', sort: 'sort changed' }[row.scenario]} | ${fmt(row.list.ms)} ms | ${fmt(row.vanilla.ms)} ms | ${row.ratio.toFixed(2)}× | ${row.list.elements.toLocaleString('en')} / ${row.vanilla.elements.toLocaleString('en')} |`,
    ),
    '',
    `Whole-page JavaScript heap after rendering 10,000 papers (the paper objects themselves dominate it): list ${(heapList / 1e6).toFixed(1)} MB, vanilla ${(heapVanilla / 1e6).toFixed(1)} MB.`,
    '',
    '## From a script tag',
    '',
    `A page with the CDN module and \`<paperfeed-list src>\` on the 56-paper demo feed, served from this machine: **${fmt(firstCard)} ms** from the module's request to the first card on screen; **${fmt(farFirstCard)} ms** with each request ${FAR_LATENCY_MS} ms away (the DevTools protocol's added latency), where every round trip shows: the module entry asks for an element's chunk and the chunks that one imports together. Cumulative layout shift caused while the list loads: **${shift.toFixed(3)}** (target under 0.05).`,
    '',
    `The same with a 10,000-paper JSON Feed (the demo's papers repeated with their own ids and links, without abstracts: ${(bigFeedText.length / 1e6).toFixed(2)} MB; with their abstracts such a feed is 19 MB, over the 5 MB \`loadFeed\` reads), \`bench/pages/big-feed.html\`, fresh tab per run, median of ${big.runs}: **${fmt(big.firstTitle)} ms** from navigation start to the first title on screen (target ≤ 400 ms), **${(big.firstTitle / big.vanilla).toFixed(2)}×** a hand-written page in the same browser, alternating (\`bench/pages/big-feed-vanilla.html\`: its own few lines fetch the feed, \`JSON.parse\` it and show the first 20 papers under their days, with no vetting), which takes ${fmt(big.vanilla)} ms${big.vanilla > 400 ? ": on this machine the target is under what the hand-written page's download and `JSON.parse` take" : ''}. The list shows its first page from the feed's first papers before it reads the whole feed: from the text that has come once a feed has been arriving for 50 ms, or, for a JSON feed of 1 MB or more that came whole before the list's code asked for it, from the start of its text before \`JSON.parse\` and \`parseFeed\` of the whole; the prefetch only fetches, and the whole is read once the first page is painted. That tab is in a Chromium driven with no DevTools domain watching its network, as a reader's is (\`bench/bare-chromium.mjs\`); in the Playwright tab the rest of the bench uses, which has DevTools' Network domain on as Playwright turns it on for every page, the same page takes ${fmt(big.withDevTools)} ms (median of the same ${big.runs} runs, alternating): reading the 3 MB body there takes about twice as long. Over a slower connection, the feed sent at ${SLOW_BYTES_PER_SECOND / 1e6} MB a second (8 Mbit/s; its body takes about 3 s), median of ${big.slow.runs} tabs each, alternating: the list's first title **${fmt(big.slow.list)} ms**, the hand-written page's ${fmt(big.slow.vanilla)} ms (**${(big.slow.list / big.slow.vanilla).toFixed(2)}×**): a JSON feed that has been arriving for 50 ms shows its first page from the papers that came, where the hand-written page waits for the whole body. Where the time went before that (marks in a build of the page, 2026-12-02, 6 tabs): the feed's request starts once \`paperfeed.js\` has run (its prefetch), 230–370 ms after navigation start; from the answer's headers to its last byte read 120–180 ms; \`JSON.parse\` 55–90 ms; \`parseFeed\` 90–135 ms; then the first cards render in a task of their own (773 ms in the bench run of that day, 1.57× the hand-written page). With the first page from the text still arriving only (marks, 2026-12-03, 6 tabs), the first title came at 478 ms in the one tab where the list's code asked while the body was still arriving, and at 749–850 ms in the five where the whole body had come before (the list's code is fetched after the entry's, so the 3 MB often come first); reading such a feed's first papers before the whole brought it to the median above. A \`<link rel="preload" as="fetch" crossorigin>\` for the feed, tried (13 tabs alternating), starts the download at once but did not bring the first title forward here (median 1006 against 925 ms): past the bytes' arrival, the page's one thread is what takes the time. \`parseFeed\` on 10,000 papers is ${bigParse.ratio.toFixed(1)}× \`JSON.parse\` in Node (with their abstracts), and ${coldParseRows.at(-1).ratio.toFixed(1)}× on this very feed in a fresh tab of Chromium, its first call (tables below): both count \`JSON.parse\` and \`parseFeed\` together against \`JSON.parse\`. The target (≤ 2.5×) was set against \`parseFeed\`'s own time (it was 4–7× \`JSON.parse\` when the target was set): that is ${coldParseRows.at(-1).aloneRatio.toFixed(1)}× on this feed's first call, ${fmt(coldParseRows.at(-1).alone)} ms against ${fmt(coldParseRows.at(-1).jsonParse)}.`,
    '',
    '## A cold page: first render in a fresh tab',
    '',
    `${COLD_PAPERS} realistic papers: the 29 papers of a real Hugging Face daily-papers answer (\`bench/fixtures/\`, 191 authors, abstracts, upvotes, arXiv and PDF links) repeated with their own ids. Each run opens a fresh tab (a new browser context: no cache, nothing compiled, \`Intl\` never touched) on a page with a heading and a paragraph of its own, laid out before the render as a site's text is, loads the CDN module and parses the feed, then times from setting the papers (the element defined) to the first screen laid out: the list makes its formatters first, then renders at most a screenful of cards in a task (${cold.list.firstScreen} here; the timing waits, task by task, until they reach below the viewport) and the rest as many a task as fit in 10 ms, a card at a time, so it is also timed to every paper rendered. The baseline is a hand-written vanilla DOM of the same visible content (article, heading, title link, authors, date, votes, clamped abstract, Show more button, two links: 12 elements a paper) built the same way in its own fresh tab. “Warm” renders the same papers a second time in the same tab. Medians of ${cold.runs} runs each, interleaved; the throttled rows are medians of ${cold.throttledRuns} runs at 4× CPU slowdown (DevTools protocol); the longest-task rows give each run's longest task during the render, as the median of the runs and the worst run's.`,
    '',
    '| | list | vanilla | list / vanilla |',
    '| --- | ---: | ---: | ---: |',
    `| cold: first screen | ${fmt(cold.list.cold)} ms | ${fmt(cold.vanilla.cold)} ms | ${coldRatio('cold').toFixed(2)}× |`,
    `| cold: every paper rendered | ${fmt(cold.list.coldEveryPaper)} ms | ${fmt(cold.vanilla.coldEveryPaper)} ms | ${coldRatio('coldEveryPaper').toFixed(2)}× |`,
    `| warm (second render, same tab) | ${fmt(cold.list.warm)} ms | ${fmt(cold.vanilla.warm)} ms | ${coldRatio('warm').toFixed(2)}× |`,
    `| cold at 4× CPU slowdown: first screen | ${fmt(cold.list.throttled)} ms | ${fmt(cold.vanilla.throttled)} ms | ${coldRatio('throttled').toFixed(2)}× |`,
    `| longest task at 4× CPU slowdown, until every paper is rendered | ${longest(cold.list.longestTask)} | ${longest(cold.vanilla.longestTask)} | |`,
    `| the same, the page's first formatters made beforehand | ${longest(cold.list.longestTaskIntlFirst)} | ${longest(cold.vanilla.longestTaskIntlFirst)} | |`,
    `| longest task at 4×, from a feed's arrival by \`src\` 500 ms late until every paper is rendered | ${longest(cold.list.longestTaskFromSrc)} | ${longest(cold.vanilla.longestTaskFromSrc)} | |`,
    `| longest task at 4×, the formatters made first, a hand-written page showing one paper | | ${longest(cold.onePaperLongestTask)} | |`,
    '',
    "The page’s first `Intl` formatter of dates, numbers, lists or text order costs 25–75 ms here in one call (whichever comes first: the engine loads the locale’s data and lists the locales it has; 50–60 ms for a `NumberFormat` or `DateTimeFormat` in fresh tabs on 2026-12-04, where a `PluralRules` or an `Intl.Locale` took 0.3–2 ms), alone over the 50 ms long-task target at 4× slowdown; the baseline pays it in the timed task. In plain English (`en`, `en-US`: these rows) the elements write dates, whole numbers and the commas between names themselves, exactly as `Intl` does (`src/i18n/english-formats.ts`; a test holds each format equal to `Intl`'s in Chromium, Firefox and WebKit), and a list makes a collator only when its tag chips have two tags to order: an English page pays none of that data. Alternating that build with the one before in fresh tabs (2026-12-04, 8 each), the first screen came at 114 against 162 ms at full speed and 790 against 957 ms at 4× slowdown, and every paper at 384 against 474 ms; the longest task at 4× did not move (136 against 138 ms), as it is not that call (below). In another language, a list or card that has papers to show at its first render loads that data in three pieces and makes its formatters, each in a task of its own, and renders in a task after them (one with `src` does it while its feed is on its way): that time is in the list’s first-screen figures, and out of its longest task. The pieces are 6–19, 15–29 and 3–16 ms at 1×; at 4× slowdown the middle one (the engine’s list of locales: `Intl.Collator.supportedLocalesOf`, or the first `NumberFormat`, `DateTimeFormat`, `ListFormat`, `Collator`, `Segmenter` or `DisplayNames`) is still 65–160 ms, one native call that no script on the page’s thread can split: in a fresh tab at a phone’s CPU speed, a page that formats a date or a number has that long task somewhere, before or during its first render. (That data belongs to the process, not to the thread: a worker that makes a formatter first leaves the page’s first one a few milliseconds. Paperfeed does not do it: tried on the demo pages, Lighthouse’s total blocking time went up, not down, as the worker’s work competes with the page’s for the CPU; and a page’s Content-Security-Policy may forbid such a `blob:` worker, and report each attempt.) The row with the formatters made beforehand makes the page's first formatters in a task before the render (the baseline's; the English list uses none of them): what is left is each one's own work, and the longest task is barely shorter, as it is not that call: traced on the empty page the bench used before 2026-12-05, it was most often the first layout of the first screen's cards (in the frame that paints them, or forced by the abstracts' measure just before it), 45–130 ms at 4×, and at times the task of the first card (its first render and the list's render that adds it, both cold). The row from `src` is the reader's usual case: the list fetches the feed from `src` (29 papers) and answers 500 ms late, meanwhile the list makes its formatters and renders one card of its kind out of sight (its templates and style rules are then ready for the first papers); the time the feed takes to read and parse counts in the 35 ms of the task that renders its first cards, and a feed that took over half of them renders in the next task; the baseline fetches the same feed, makes its formatters meanwhile, then parses it with `parseFeedText` and builds its DOM. The CDN files a page runs as soon as it has them start with V8's compile hint (`//# allFunctionsCalledOnLoad`): Chromium compiles their functions on a background thread while they stream in. Profiled at 4× without it, a third to a half of each long task of the first cards was V8 compiling code that ran for the first time. Measured on 2026-12-02 alternating the two builds, a fresh tab each, at 4×: the median longest task 157 → 125 ms (9 tabs each) and 167 → 149 (7), from `src` 183 → 130 (7). A list given its papers before its first render (these rows) shows its first cards in the task after that render (each makes its templates, most of a task at 4×), and a task of cards stops at 35 ms of the list's own work, leaving room for what the rest of the task does (its events, the browser's style work on the new nodes). Measured on 2026-12-03 alternating with the build before (which put the first card in the task of that render when the render took under half of a 45 ms budget), at 4×, 15 tabs each: the median longest task 96 → 54 ms and 77 → 66 in a second pair of runs; with the formatters made first 61 → 58 and 61 → 56; from `src` under 50 ms in the median tab either way (over it in 3 tabs against 4). Later the same day, the machine slower (the first screen at full speed 78 ms rather than 49), the same comparison showed no difference: 79 → 76 ms, with the formatters made first 65 → 64, from `src` 0 → 54 (15 tabs each); traced then, the task of a first card still took 50–79 ms at times (its first render 10–48 ms, and the list's render that adds it). At full speed the first screen came at 49 against 47 ms (21 tabs each), then 78 against 78 (15). A list given its papers could make its kind of card out of sight first, in a task of its own, as one with `src` does while its feed is on its way: tried on 2026-12-04 (20 fresh tabs each, 4×), the longest task was 79 ms with it against 82 without (medians; quartiles 69–98 against 63–106) and the first screen came later (619 against 543 ms), so it was not kept.",
    '',
    `The last row is a floor for the long-task target: the same page in a fresh tab, its formatters made first, showing a single hand-written paper (the baseline's 12 elements), its layout forced at the end as the timing does for every row. At 4× slowdown that one task took ${longest(cold.onePaperLongestTask)}, ${cold.onePaperLongestTask.median > 50 ? 'over' : 'under'} the 50 ms target; the list's longest task with its formatters made first was ${(cold.list.longestTaskIntlFirst.median / cold.onePaperLongestTask.median).toFixed(2)}× it in this run. Traced on 2026-12-05 (4 tabs), the engine's first layout of that one card was 31–64 ms of it at 4× and its style work 4–11 ms: the first layout of a page's first card, which no script on the page can split, is by itself about the target on this machine, wherever a page puts it. The list's longest tasks on this page, traced the same day (4 tabs, 4× slowdown, tracing itself slowing them), were the task of the list's own first render (its header, tools and status, before any card: 68–95 ms), that of its first card (its first render and the list's render that adds it: 89–160 ms, a third to a half of it Lit's own code, preparing the card's templates on their first use) and the frame that lays out the first screen (60–73 ms). The page's own heading and paragraph are there since 2026-12-05: on an empty page that first layout also laid out the first text of the page's fonts, which a site's page has done before its scripts run (in fresh tabs at 412×823 that day, 6 each, the longest task of a hand-written page's one paper was 80–126 ms at 4× on the empty page, and under 50 to 79 ms on one whose own text, a button among it, was laid out before).`,
    '',
    'Each card measures its abstract before its first paint, to know whether it offers “Show more”. Reading it forces the card’s layout: a card added far below the first screen, which `content-visibility: auto` would skip, was laid out whole to be read. Such a card (over a screen from the viewport) now waits a frame, after which the browser has decided whether to skip it and says so; one it laid out (Chromium does up to 1.5 screens below) is then read at no cost. Measured on 2026-12-02 alternating the two builds, fresh tabs, 4× slowdown, formatters made first: the layout of the whole render 485 → 254 ms (traced, 5 tabs each), every paper rendered 2244 → 2070 ms (8 each); Lighthouse’s total blocking time, medians of 7 runs each: on the daily papers page 177 → 145 ms, then 168 → 165 in a second pair of runs; on the sources page 272 → 151; on the lab page 82 → 135. Its runs spread over 200 ms and more, so these do not show a difference either way. With no measure at all (a trial build, 2026-12-03, demo pages loading at 4×, 6 fresh tabs each, alternating), the layout of the whole page load went 394 → 373 ms on the daily papers page and 445 → 407 on the lab page, and the time over 50 ms did not change (406 against 415, 401 against 409): the layout the measure forces is mostly the one the frame that follows would do anyway.',
    '',
    "A list's cards past its first screen are laid out only near the viewport (`content-visibility: auto`); those of the first screen never skip. A card added in view with `auto` was laid out first at the height a skipped card holds, then at its own height in the same frame, and Chromium counted both layouts as layout shifts of what follows the list on screen: the host page without `paperfeed-reserve.css` (below) measured 0.68 at a phone's width in the bench's run before this change and 0.28 in the run after, and the sources page opened at one of its sections shifted by up to 0.63 before (medians of 3 loads a section, alternating, 2026-12-04: 0.008\u20130.63 before, 0.002\u20130.19 after; the rows left are lists whose cards are shorter or taller than the reserve assumes, and the end of the page). The first-screen figures in the table above changed with it: the timing ends with a forced layout, which skipped those cards' content while the browser had not decided yet whether they were in view, and now lays them out whole. Alternating the two builds on the same page (fresh tabs, full speed, 16 each): 104 \u2192 158 ms to that layout, 152 \u2192 176 ms to the end of the frame after it. On a page as a reader loads it (`demo/cdn.html`, fresh tabs, alternating, 8 each), the largest contentful paint was 140 against 144 ms at full speed; at 4\u00d7 slowdown it went 420 \u2192 376 ms at 412 px wide (the longest task 106 \u2192 81 ms, the time over 50 ms 122 \u2192 31 ms) and 940 \u2192 840 ms at 1280 px (the longest task 123 \u2192 114 ms, the time over 50 ms 84 \u2192 95 ms).",
    '',
    "A card is built from few nodes: a plain title, author name or abstract is one value in its template, not a list of one (Lit gives every item of a list a part and a comment marker of its own), consecutive plain names are one text, and the date line and the icons bind in place. A daily paper's card has 154 nodes in its shadow root, 34 of them elements; it had 192 before this (2026-12-03). Alternating the two builds in fresh tabs, with the page's formatters made first, the cards' own renders (Lit's `update` of the 56 cards, summed) took 57 against 62 ms cold and 19 against 23 ms warm at full speed (16 tabs, 6 warm renders in each), and 239 against 287 ms cold at 4× CPU slowdown (8 tabs). The longest task and the first screen at 4× moved less than their runs spread (12 tabs each: 78 against 87 ms, 76 against 81 with the formatters made first, 60 against 62 from `src`): a first card's task is mostly first-time work (preparing its templates, parsing its styles), which these nodes do not change.",
    '',
    '## Layout shift',
    '',
    'A host page (`bench/pages/host.html`): a heading and text, a subscribe box, a list (`page-size="5"`, grouped by day) and a card from `src`, text after them; the CDN module loaded `async` at the end of the body, the feed answering 400 ms late as on a real network. Fresh tab per run, medians of 5. “After the elements appear” counts from the frame after the one that first painted every element with shadow content and a height. The German row is the same page with `lang="de"`: the subscribe box’s call to action is as long as its words, and the stylesheet keeps each shipped language’s room for it (until 2026-12-04 only the English one: that page’s whole-page CLS was 0.014 at 412 px in Chromium, the box one line shorter than its German words, medians of 3 loads; 0.000 after). The German card row sets the subscribe box’s `variant="card"` as the page’s parser adds it: until 2026-12-05 the card form’s room was its English words’, and Firefox (whose serif is DejaVu Serif here, wider than Chromium’s) read 0.042 at 412 px from the boxes on that page in German and in Portuguese, WebKit 0.015 in Japanese, medians of 3 loads; 0.000 after.',
    '',
    'Firefox and WebKit have no Layout Instability API, so `bench/pages/layout-shift.js` also works the score out from the boxes of every element (shadow roots included), frame by frame, as Chromium defines it: the share of the viewport the moved boxes cover before and after, times the farthest move over the viewport’s longer side, moves under 3 px left out. It sums every frame (no session windows) and counts whole boxes, so it reads higher than the API where things move (Chromium’s row without the stylesheet gives both). WebKitGTK’s window cannot be narrower than its own minimum, so its phone-sized viewport is as wide as that allows.',
    '',
    '| page | engine | viewport | whole page CLS (API) | from the boxes | after the elements appear (API) | from the boxes |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(hostShift).flatMap(([name, rows]) =>
      rows.map(
        (row) =>
          `| ${HOST_PAGES[name]} | ${row.engine} | ${row.viewport.width}×${row.viewport.height} | ${apiFigure(row, 'total')} | ${row.fromBoxes.total.toFixed(4)} | ${apiFigure(row, 'afterElements')} | ${row.fromBoxes.afterElements.toFixed(4)} |`,
      ),
    ),
    '',
    'Each demo page (all link `paperfeed-reserve.css`), whole page CLS from navigation to 2 s after load, fresh tab per run, medians of 3, served by the demo’s development server; then the sources page opened at each of its sections, as a link to that section opens it. There the lists above the section and the section’s own render while the reader looks at it: the browser keeps what is on screen still when a list above it changes height (scroll anchoring), but not what follows a list on screen, nor anything at the end of the page, where it cannot scroll further. Each list holds a page of cards at the height the reserve and its placeholder assume, and the cards that replace them are as tall as their papers make them: a title on one line or four, a venue, tags, no abstract, fewer papers than a page. A list or a `src` card whose content comes shorter than its placeholder keeps the placeholder’s room (an inline `min-height`) until letting it go moves nothing the reader sees: its content’s end is below the viewport, or the whole element is above it where the browser’s scroll anchoring keeps the view and the page is long enough below, or the reader acts on it (a click, a search); what is left is traced below. Alternating the builds before and after that change (2026-12-04, 2 rounds of 3 loads a section, medians; 412 / 1280 px), before → after: openalex 0.086 / 0.067 → 0.000 / 0.000 (its one work in the room of two); rss 0.045 / 0.050–0.057 → 0.000 / 0.000; atom 0.000–0.185 / 0.101 → 0.000 / 0.000 (at the page’s end); csl-json 0.040 / 0.013–0.098 → 0.000 / 0.000; bibtex 0.002 / 0.007 → 0.002 / 0.000; semantic-scholar 0.039 / 0.047 → 0.001–0.023 / 0.006; crossref 0.052 / 0.003–0.059 → 0.038 / 0.003; zotero 0.040 / 0.013–0.035 → 0.000–0.040 / 0.013–0.016; arxiv 0.083–0.087 / 0.003 → 0.001–0.083 / 0.003; arxiv-rss 0.061 / 0.011 → 0.006–0.061 / 0.011: sections at or under 0.01 at both widths, 1 of 10 → 5 of 10. (Crossref’s answer for one DOI is one work: its list has `page-size="1"` since 2026-12-04, and held the room of two cards before, 0.12–0.16 then.) Traced on 2026-12-05 at 412 px, a section over 0.01 showed one of two things. Either its own list, on screen, rendered cards taller than its placeholder (at 412 px the scholarly APIs’ and journals’ cards are 290–413 px, the default placeholder’s 285) and pushed what follows down (zotero’s first screen went from 681 to 822 px; crossref, arxiv-rss). Or two elements above the viewport changed size in one frame (lists letting their rooms go): scroll anchoring keeps the view still, yet Chromium counts the upper one’s move as a shift of the lower one, as it does on a page of plain blocks (two blocks above the viewport shrinking in one frame: 0.61; one a frame: 0). Since that day a room above the viewport is let go one a frame, for all the elements of a page, and the sources page gives its lists of scholarly papers their cards’ height with `--paperfeed-card-placeholder-height` (20.5em, 26em under 30em wide), so that those cards come shorter than their room, which then goes in turn. Medians of 3 loads a section, 412 / 1280 px, the same day: before, crossref 0.052 / 0.003, zotero 0.050 / 0.003, arxiv 0.001 / 0.076, arxiv-rss 0.061 / 0.011, the others 0.006 or less; rooms in turn alone, crossref 0.038 / 0.003, semantic-scholar 0.023 / 0.000, zotero 0.050 / 0.013, arxiv-rss 0.061 / 0.011, arxiv 0.001 / 0.003; the property alone, semantic-scholar 0.35 / 0.13, zotero 0.42 / 0.13, arxiv 0.35 / 0.15 (the larger rooms above the viewport going several in one frame); both, every section 0.000 but bibtex’s 0.002 at 412 px. Keeping rooms above the viewport until the reader scrolls back, as WebKit does, was tried and not kept: a reader who scrolls up then passes a blank gap under such a list, as tall as the room it held beyond its cards, up to a page of cards for a list that failed to load.',
    '',
    '| demo page | 412×823 | 1280×800 |',
    '| --- | ---: | ---: |',
    ...demoShift.map(
      (row) => `| ${row.page} | ${row.cls[412].toFixed(4)} | ${row.cls[1280].toFixed(4)} |`,
    ),
    '',
    '## Lighthouse',
    '',
    `Lighthouse ${lighthouse.version} with its default mobile settings (a phone's screen, simulated slow 4G and 4× CPU slowdown) on every demo page as \`npm start\` serves it (built by Vite, compressed, on this machine); medians of ${lighthouse.runs} runs. Targets: performance ≥ 95, total blocking time ≤ 100 ms, CLS ≤ 0.01. Total blocking time moves a lot from run to run on a two-core machine, where Lighthouse and the browser share the cores: seven runs of one build gave 62–241 ms on the daily papers page, 97–691 on the lab page, 115–291 on cdn.html, 96–254 on strict-csp.html and 51–254 on languages.html, so a median of five moves by tens of milliseconds between two runs of the bench; to compare two builds, serve both and alternate them run by run rather than hold one against this table. The sources page gives its eight lists below the first screen \`loading="lazy"\`, as a page of many lists should: Lighthouse does not scroll, so their reading and rendering are not in its figures (seven runs alternating with a build where all ten load at once: total blocking time 144 ms against 270, medians). Lighthouse simulates the slowdown: it loads the page at this machine's full speed and counts each task four times as long. A list's tasks of cards are cut by the clock (35 ms for the one that completes the first screen, 10 ms after it), so on a phone's CPU they hold fewer cards, while in this simulation a 35 ms task of the first screen counts as 140 ms. A smaller budget for that task was tried on 2026-12-05, alternating three builds run by run (5 runs each, medians): with 35 ms (as built), 20 and 10 ms, total blocking time was 139, 98 and 132 ms on the daily papers page, 216, 223 and 171 on the lab page, 135, 158 and 94 on languages.html and 55, 51 and 75 on cdn.html, within each build's own spread (62–235 ms on the daily papers page alone). A first round with 35 and 10 ms only (4 runs each) had shown 219 against 114 ms on the lab page, which the second did not repeat. In fresh tabs, alternating, the first screen came at 127, 113 and 136 ms at full speed and the longest task at 4× was 103, 101 and 81 ms (7 tabs each, medians; 68–177 within one build); in a first round with 35 and 10 ms only (9 tabs each), 76 against 108 ms and 68 against 73 ms. No difference shown either way, so the budget was kept.`,
    '',
    '| page | performance | total blocking time | CLS | largest contentful paint |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...lighthouse.rows.map(
      (row) =>
        `| ${row.page} | ${row.score} | ${Math.round(row.tbt)} ms | ${row.cls.toFixed(3)} | ${Math.round(row.lcp)} ms |`,
    ),
    '',
    `A steadier view of the same: each page's tasks traced while it loads at 4× CPU slowdown (DevTools protocol), in a fresh tab at 412×823, from navigation to ${pageTasks.watchMs / 1000} s later, medians of ${pageTasks.runs} runs. Every task of the page's main thread counts, rendering included; “over 50 ms in all” adds up what each long task takes over 50 ms, as total blocking time does, but over the whole ${pageTasks.watchMs / 1000} s and measured rather than simulated. Part of it is the page's own (its first layout, its own text) and the engine's (the first \`Intl\` formatter's locale data, 65–160 ms at 4×, in one native call, which English pages no longer pay: alternating that build with the one before, 6 fresh tabs each on 2026-12-04, the time over 50 ms in all went 795 → 719 ms on daily-papers.html, 570–641 → 464–552 on cdn.html and 738–1150 → 632–1002 on lab.html, and the list's first card came 170–290 ms earlier, 1827 → 1655, 1756 → 1467 and 2209 → 2005 ms; the longest task moved within its spread, as it is the page's first layout or the task that runs its bundle). Measured on 2026-12-03 alternating the two builds (7 fresh tabs each): once the elements already in the page when their code arrives took their first renders in a later task, the task that runs a page's bundle and defines them went from 415 to 230 ms on lab.html and from 392 to 250 on daily-papers.html, the time over 50 ms in all from 794 to 701 and 722 to 657 ms; with a hand-written card reading its HTML at its first render too, lab.html's went from 527 to 243 ms (the time over 50 ms 837 → 733) against the build before both. On a prerendered page, a list hydrated with all its cards in one task, and each element read the papers it carries in the task that defines the page's elements; a list's cards now hydrate after the list, as many a task as fit in about 10 ms, and an element held by \`defer-hydration\` reads its papers once let go. Alternating the two builds on 2026-12-05 (12 fresh tabs each, 4×), counting the tasks over 20 ms of which script (callbacks, frames, timers) took over half: on prerendered.html the longest of them went from 82 to 61 ms and their time over 50 ms from 32 to 11 ms (every task's, 691 → 616 ms); on prerendered-strict-csp.html 66 → 62 ms and 16 → 12 ms (516 → 491). Lighthouse's total blocking time on prerendered.html, medians of 3 runs in four rounds alternating the builds: 113, 274, 238 and 233 ms before, 55, 59, 91 and 101 after; on prerendered-strict-csp.html (two rounds) 96 and 102 against 135 and 80, no difference shown. A list sizes its first screen by the viewport's height, which it read at each slice of cards, twice (to render the slice and to decide whether the screen was full); Chromium lays the page out to answer \`innerHeight\`, as it does for the visual viewport's height, so each slice forced a layout of the cards it had just added, in the task that added them. It now reads the height once, and again after a resize. Alternating that build with the one before on 2026-12-05, fresh tabs at 412×823 (7 each at full speed, 6 each at 4×, medians): the layouts of a page load went from 33 to 24 on the daily papers page and from 53 to 34 on the lab page at full speed (their time 157 → 115 and 135 → 120 ms), and at 4× from 34 to 33, 50 to 42, 16 to 14 on cdn.html and 17 to 17 on the sources page; the time over 50 ms in all at 4× went 716 → 562, 846 → 924, 571 → 520 and 905 → 770 ms, within these runs' spread on the lab page. In the cold-render rows above (9 fresh tabs each, two rounds) the longest task at 4× was 106 → 92 and 85 → 85 ms, and the first screen at full speed 80 → 122 then 79 → 82 ms: no change shown there, where the bench's own reads of the cards' boxes lay the page out after each task anyway.`,
    '',
    '| page | longest task | tasks over 50 ms | over 50 ms in all |',
    '| --- | ---: | ---: | ---: |',
    ...pageTasks.rows.map(
      (row) =>
        `| ${row.page} | ${Math.round(row.longest)} ms | ${row.long} | ${Math.round(row.blocking)} ms |`,
    ),
    '',
    '## Script for a page with a list and a subscribe box',
    '',
    `Every \`dist/cdn\` script fetched before the list's first card (\`bench/pages/list-and-subscribe.html\`), gzip -9: **${kb(scripts.total)} KB**.`,
    '',
    ...scripts.files.map(
      (file) => `- ${file.path.replace('/dist/cdn/', '')}: ${(file.bytes / 1024).toFixed(2)} KB`,
    ),
    '',
    "What the bytes are for: each file's gzip bytes shared out in proportion to the minified bytes each source file took in it (from the source maps), so the figures are close, not exact.",
    '',
    '| what | KB gzip |',
    '| --- | ---: |',
    ...scripts.areas.map((area) => `| ${area.label} | ${kb(area.bytes)} |`),
    '',
    `The aim is 28 KB; ${budgetNote(scripts)}`,
    '',
    '## `paperfeed render`',
    '',
    `The command's renderer (\`dist/prerender.js\`, Lit's SSR) in Node on the cold-render bench's realistic papers, \`page-size="all"\` so every paper is in the HTML: median of ${render.runs} runs (the first of the process, ${fmt(render.first)} ms, also loads Lit's renderer and the elements). Size a paper, against the JSON Feed of the same papers that a client-rendered list fetches instead (gzip -9 both): the HTML holds the cards in declarative shadow DOM, the embedded feed and the JSON-LD.`,
    '',
    '| papers | render | HTML a paper, styles inline | gzip | ratio to the JSON Feed | linked stylesheets | gzip | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...render.rows.map(
      (row) =>
        `| ${row.papers.toLocaleString('en')} | ${fmt(row.ms)} ms | ${row.inlinePerPaper.toFixed(1)} KB | ${row.inlineGzipPerPaper.toFixed(2)} KB | ${(row.inlineGzipPerPaper / row.jsonGzipPerPaper).toFixed(1)}× | ${row.linkedPerPaper.toFixed(1)} KB | ${row.linkedGzipPerPaper.toFixed(2)} KB | ${(row.linkedGzipPerPaper / row.jsonGzipPerPaper).toFixed(1)}× |`,
    ),
    '',
    '## `parseFeed`',
    '',
    'Generated feeds of realistic papers (the demo’s papers as a JSON Feed, and the 29 papers of a real Hugging Face daily-papers answer, `bench/fixtures/`, with their abstracts and 191 authors, each repeated with their own ids), then each real file of `test/fixtures/real/` as published (API answers through the `mapped` format). Medians of 15 to 60 runs after 3 warm-up runs; each run on a feed over 1 MB starts from a collected heap (`gc()`), as a page’s one parse does; the ratio is (`JSON.parse` + `parseFeed`) over `JSON.parse` of the same text, in the same run. `parseFeed` reads a long plain-text abstract when its `summary` is first read (a list reads a screenful): the “every abstract” ratios also read each paper’s `summary`, all the work a search over the whole feed does.',
    '',
    '| feed | papers | Node: `JSON.parse` | Node: + `parseFeed` | Node ratio | every abstract | Chromium: `JSON.parse` | Chromium: + `parseFeed` | Chromium ratio | every abstract |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...parseRows.map((row, i) => {
      const web = browserParseRows[i];
      return `| ${row.feed} | ${row.papers.toLocaleString('en')} | ${fmt(row.jsonParse)} ms | ${fmt(row.parseFeed)} ms | ${row.ratio.toFixed(1)}× | ${row.everyAbstractRatio.toFixed(1)}× | ${fmt(web.jsonParse)} ms | ${fmt(web.parseFeed)} ms | ${web.ratio.toFixed(1)}× | ${web.everyAbstractRatio.toFixed(1)}× |`;
    }),
    '',
    "What a reader's page pays: the first call in a fresh tab (a new browser context, none of the code run before), on the 10,000-paper feeds, Chromium, median of 15 tabs each, after `JSON.parse` of the same text in the same tab: the engine runs `parseFeed`'s code for the first time, before it has compiled it, and the page's heap grows for the first time too (so `JSON.parse` is slower than in the table above). Building each paper with fewer objects (one function naming every entry of a feed for its warnings rather than one an entry, one lookup for a new id, each paper made as one literal of the fields every paper has, its links set one by one, no copy of an id without control characters) was tried on 2026-12-04, alternating with the build before in fresh tabs on the big-feed page's feed: it looked faster at first (`parseFeed` 80 against 99 ms, 40 tabs each; then 87 against 103 and 108 against 106, 25 each), and its first three steps alone, 60 tabs each, gave quartiles of 77 / 86 / 110 ms against the build before's 78 / 96 / 111: no difference a reader would see, so it was dropped. In a tab, a garbage collection of `JSON.parse`'s heap that falls inside `parseFeed` moves it by tens of milliseconds, so this table takes the median of 15 tabs. “Ratio” is `JSON.parse` and `parseFeed` together over `JSON.parse`, as in the table above; “`parseFeed` alone” is the median of each tab's `parseFeed` without its `JSON.parse`, and its ratio that over `JSON.parse`: the measure the target (≤ 2.5×) was set in.",
    '',
    '| feed, first call in a fresh tab | papers | `JSON.parse` | + `parseFeed` | ratio | `parseFeed` alone | its ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...coldParseRows.map(
      (row) =>
        `| ${row.feed} | ${row.papers.toLocaleString('en')} | ${fmt(row.jsonParse)} ms | ${fmt(row.parseFeed)} ms | ${row.ratio.toFixed(1)}× | ${fmt(row.alone)} ms | ${row.aloneRatio.toFixed(1)}× |`,
    ),
    '',
    '## Sources: each format on its largest real file, and at the 5 MB cap',
    '',
    "`parseFeedText` on the text as a source sends it (syntax, format detection, every paper vetted), against a baseline measured in the same run: `JSON.parse` for JSON; for XML, the browser's own `DOMParser` (which builds a DOM and reads nothing of the feed); for BibTeX, `@retorquere/bibtex-parser` 9.0.29 in Node, the thorough parser the tests use as an oracle. The 5 MB rows repeat the file's real entries up to the size `loadFeed` accepts. Medians of 5 to 25 runs after 2 warm-up runs; a file under 1 MB is timed in batches of 50 calls (Chromium's clock counts in 0.1 ms).",
    '',
    '| source | size | papers | Node | Node baseline | Node ratio | Chromium | Chromium baseline | Chromium ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sourceRows.map((row, i) => {
      const web = browserSourceRows[i];
      const nodeBase = row.baseline ? `${fmt(row.baseline.ms)} ms (${row.baseline.what})` : '–';
      const nodeRatio = row.baseline ? `${(row.ms / row.baseline.ms).toFixed(2)}×` : '–';
      const webBase =
        web.baseline === undefined
          ? '–'
          : `${fmt(web.baseline)} ms (${row.syntax === 'json' ? 'JSON.parse' : 'DOMParser'})`;
      const webRatio = web.baseline === undefined ? '–' : `${(web.ms / web.baseline).toFixed(2)}×`;
      const size =
        row.bytes > 1e6
          ? `${(row.bytes / 1e6).toFixed(1)} MB`
          : `${(row.bytes / 1e3).toFixed(1)} KB`;
      return `| ${row.name} | ${size} | ${row.papers.toLocaleString('en')} | ${fmt(row.ms)} ms | ${nodeBase} | ${nodeRatio} | ${fmt(web.ms)} ms | ${webBase} | ${webRatio} |`;
    }),
    '',
    'The readers of XML and BibTeX are files of their own, loaded the first time a page reads such a source (gzip, with the LaTeX decoder they share):',
    '',
    ...readerSizes(readdirSync(new URL('../dist/cdn/', import.meta.url))).map(
      ([name, bytes]) => `- ${name}: ${(bytes / 1024).toFixed(2)} KB`,
    ),
    '',
  ];
  writeFileSync(new URL('../docs/performance.md', import.meta.url), lines.join('\n'));
  console.log('wrote docs/performance.md');
} finally {
  await browser.close();
  server.close();
}
