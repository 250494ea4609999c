// First render in a fresh tab per run: <paperfeed-list> against a hand-written vanilla DOM of the
// same visible content, each in its own fresh tab, then a second render in the same tab (warm).
// Also the longest task during a cold render at 4x CPU throttling, and a floor for it: the task
// of a hand-written page showing a single paper.
import { median } from './stats.mjs';

export const COLD_FEED = '/bench/fixtures/hf-daily-papers-full.json';
export const COLD_PAPERS = 56;

async function renderIn(
  browser,
  origin,
  kind,
  { throttle = 1, again = false, intlFirst = false, fromSrc = false, papers = COLD_PAPERS } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/bench/pages/cold.html?kind=${kind}&feed=${COLD_FEED}&count=${papers}`);
  await page.waitForFunction(() => window.ready === true);
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  // The page's first Intl formatter loads the locale's data: ~90 ms at 4x, one task however it
  // is split. A list with `src` makes its formatters in tasks of their own while its feed loads.
  if (intlFirst) await page.evaluate(() => window.makeFormatters());
  const cold = await page.evaluate(
    ([kind, fromSrc]) => (fromSrc ? window.renderFromSrc(kind) : window.render(kind)),
    [kind, fromSrc],
  );
  const warm = again ? await page.evaluate((kind) => window.render(kind), kind) : undefined;
  await context.close();
  return { cold, warm };
}

/**
 * Medians of `runs` fresh tabs for each kind, interleaved so both see the same machine; at 4×,
 * `throttledRuns` tabs each, with the worst run's longest task beside the median.
 */
export async function benchColdRender(browser, origin, runs = 9, throttledRuns = 7) {
  const samples = { list: [], vanilla: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of ['list', 'vanilla']) {
      samples[kind].push(await renderIn(browser, origin, kind, { again: true }));
    }
  }
  const throttled = { list: [], vanilla: [] };
  const intlFirst = { list: [], vanilla: [] };
  const fromSrc = { list: [], vanilla: [] };
  // The floor: the task of a hand-written page showing one paper, its formatters made first.
  const onePaper = [];
  for (let run = 0; run < throttledRuns; run++) {
    onePaper.push(
      (await renderIn(browser, origin, 'vanilla', { throttle: 4, intlFirst: true, papers: 1 }))
        .cold,
    );
    for (const kind of ['list', 'vanilla']) {
      throttled[kind].push((await renderIn(browser, origin, kind, { throttle: 4 })).cold);
      intlFirst[kind].push(
        (await renderIn(browser, origin, kind, { throttle: 4, intlFirst: true })).cold,
      );
      fromSrc[kind].push(
        (await renderIn(browser, origin, kind, { throttle: 4, fromSrc: true })).cold,
      );
    }
  }
  const longest = (samples) => ({
    median: median(samples.map((sample) => sample.longestTask)),
    worst: Math.max(...samples.map((sample) => sample.longestTask)),
  });
  const summary = (kind) => ({
    cold: median(samples[kind].map((sample) => sample.cold.ms)),
    coldEveryPaper: median(samples[kind].map((sample) => sample.cold.everyPaperMs)),
    firstScreen: median(samples[kind].map((sample) => sample.cold.firstScreen)),
    warm: median(samples[kind].map((sample) => sample.warm.ms)),
    throttled: median(throttled[kind].map((sample) => sample.ms)),
    longestTask: longest(throttled[kind]),
    longestTaskIntlFirst: longest(intlFirst[kind]),
    longestTaskFromSrc: longest(fromSrc[kind]),
    papers: samples[kind][0].cold.papers,
  });
  return {
    list: summary('list'),
    vanilla: summary('vanilla'),
    onePaperLongestTask: longest(onePaper),
    runs,
    throttledRuns,
  };
}
