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

/** A slow connection for the same feed: 1 MB a second (8 Mbit/s), about 3 s for its body. */
export const SLOW_BYTES_PER_SECOND = 1_000_000;

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
 * about twice as slowly. `slow` is both pages again with the feed arriving at
 * `SLOW_BYTES_PER_SECOND`, where the list shows its first page from the papers that came first.
 */
export async function benchBigFeed(browser, origin, runs = 7) {
  const url = `${origin}/bench/pages/big-feed.html`;
  const vanillaUrl = `${origin}/bench/pages/big-feed-vanilla.html`;
  const bare = await launchBareChromium();
  const slowly = `?bytes-per-second=${SLOW_BYTES_PER_SECOND}`;
  const times = { bare: [], vanilla: [], withDevTools: [], slowList: [], slowVanilla: [] };
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
    for (let run = 0; run < Math.ceil(runs / 2); run++) {
      times.slowList.push(check(await bare.valueIn(`${url}${slowly}`, FIRST_CARD)));
      times.slowVanilla.push(await bare.valueIn(`${vanillaUrl}${slowly}`, 'window.firstCard'));
    }
  } finally {
    await bare.close();
  }
  return {
    firstTitle: median(times.bare),
    vanilla: median(times.vanilla),
    withDevTools: median(times.withDevTools),
    runs,
    slow: {
      list: median(times.slowList),
      vanilla: median(times.slowVanilla),
      runs: times.slowList.length,
    },
  };
}
