// A 10,000-paper JSON Feed loaded by `src` in a fresh tab: navigation start to the first title on
// screen. The papers are the demo's, repeated with their own ids and links, without abstracts:
// with them the feed is 19 MB, over the 5 MB that loadFeed reads.
import { jsonFeedOf } from './parse-feed.mjs';
import { launchBareChromium } from './bare-chromium.mjs';
import { median } from './stats.mjs';

export const BIG_FEED_PAPERS = 10_000;
// bench/pages/big-feed.html lists this feed as its `src`.
export const BIG_FEED_PATH = `/bench/generated/papers-${BIG_FEED_PAPERS}.json`;

export const bigFeed = () => jsonFeedOf(BIG_FEED_PAPERS, { abstracts: false });

const FIRST_CARD = `window.firstCard.then((time) => ({
  time,
  cards: document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card').length,
}))`;

/**
 * Navigation start to the first title, a fresh tab per run. `firstTitle` is what a reader gets:
 * Chromium with no DevTools domain watching the network (`bare-chromium.mjs`). `vanilla` is the
 * baseline, in the same browser, alternating: a page whose own few lines fetch the feed and show
 * its first page (`big-feed-vanilla.html`). `withDevTools` is the list's page in the Playwright
 * tab the rest of the bench uses, where DevTools' Network domain is on and the 3 MB body reads
 * about twice as slowly.
 */
export async function benchBigFeed(browser, origin, runs = 7) {
  const url = `${origin}/bench/pages/big-feed.html`;
  const vanillaUrl = `${origin}/bench/pages/big-feed-vanilla.html`;
  const bare = await launchBareChromium();
  const times = { bare: [], vanilla: [], withDevTools: [] };
  const check = ({ time, cards }) => {
    if (cards === 0) throw new Error('the 10,000-paper feed rendered no card');
    return time;
  };
  try {
    // The browser's first tab also starts its helper processes: not a reader's case.
    await bare.valueIn(url, FIRST_CARD);
    for (let run = 0; run < runs; run++) {
      times.bare.push(check(await bare.valueIn(url, FIRST_CARD)));
      times.vanilla.push(await bare.valueIn(vanillaUrl, 'window.firstCard'));
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      times.withDevTools.push(check(await page.evaluate(FIRST_CARD)));
      await context.close();
    }
  } finally {
    await bare.close();
  }
  return {
    firstTitle: median(times.bare),
    vanilla: median(times.vanilla),
    withDevTools: median(times.withDevTools),
    runs,
  };
}
