// parseFeed as a reader's page meets it: its first call in a fresh tab, none of its code run before,
// on the 10,000-paper feeds; JSON.parse of the same text in the same tab is the baseline.
import { BIG_FEED_PAPERS, BIG_FEED_PATH } from './big-feed.mjs';
import { median } from './stats.mjs';

const pathOf = (index) => `/bench/generated/parse-${index}.json`;

/** The 10,000-paper inputs of the parseFeed table, and the big-feed page's own feed. */
export function coldParseFeeds(inputs, bigFeedText) {
  const feeds = inputs
    .filter((input) => input.papers === BIG_FEED_PAPERS)
    .map((input, index) => ({ feed: input.feed, text: input.text, path: pathOf(index) }));
  feeds.push({
    feed: 'JSON Feed without abstracts (big-feed page)',
    text: bigFeedText,
    path: BIG_FEED_PATH,
  });
  return feeds;
}

// One tab's ratio moves from under 2× to over 3.5× with where the engine's garbage collection
// falls: a median of fewer tabs moves by tenths between two runs of the bench.
export async function benchColdParse(browser, origin, feeds, runs = 15) {
  const times = feeds.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, { path }] of feeds.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/bench/pages/parse.html`);
      times[index].push(
        await page.evaluate(async (path) => {
          const text = await (await fetch(path)).text();
          const { loadFullEntityTable, parseFeed } = await import('/dist/cdn/paperfeed.js');
          await loadFullEntityTable();
          // What the module starts when it loads (warming the locale's data) is over by then.
          await new Promise((resolve) => setTimeout(resolve, 200));
          const start = performance.now();
          const json = JSON.parse(text);
          const parsed = performance.now();
          const papers = parseFeed(json).papers.length;
          const end = performance.now();
          return { jsonParse: parsed - start, parseFeed: end - start, papers };
        }, path),
      );
      await context.close();
    }
  }
  return feeds.map(({ feed }, index) => {
    const jsonParse = median(times[index].map((time) => time.jsonParse));
    const parseFeed = median(times[index].map((time) => time.parseFeed));
    // parseFeed's own time, each tab's against its own JSON.parse: the measure its target is set in.
    const alone = median(times[index].map((time) => time.parseFeed - time.jsonParse));
    return {
      feed,
      papers: times[index][0].papers,
      jsonParse,
      parseFeed,
      ratio: parseFeed / jsonParse,
      alone,
      aloneRatio: alone / jsonParse,
    };
  });
}
