// A 10,000-paper JSON Feed loaded by `src` in a fresh tab: navigation start to the first title on
// screen. The papers are the demo's, repeated with their own ids and links, without abstracts:
// with them the feed is 19 MB, over the 5 MB that loadFeed reads.
import { jsonFeedOf } from './parse-feed.mjs';
import { median } from './stats.mjs';

export const BIG_FEED_PAPERS = 10_000;
// bench/pages/big-feed.html lists this feed as its `src`.
export const BIG_FEED_PATH = `/bench/generated/papers-${BIG_FEED_PAPERS}.json`;

export const bigFeed = () => jsonFeedOf(BIG_FEED_PAPERS, { abstracts: false });

export async function benchBigFeed(browser, origin, runs = 5) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/bench/pages/big-feed.html`);
    times.push(await page.evaluate(() => window.firstCard));
    const cards = await page.evaluate(
      () =>
        document.querySelector('paperfeed-list').shadowRoot.querySelectorAll('paperfeed-card')
          .length,
    );
    if (cards === 0) throw new Error('the 10,000-paper feed rendered no card');
    await context.close();
  }
  return { firstTitle: median(times), runs };
}
