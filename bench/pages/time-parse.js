// Times parseFeed against JSON.parse of the same text, in whichever engine imports it (Node, or
// the benchmark page in Chromium), so both measure the same thing the same way.
import { median } from '../stats.mjs';

/**
 * The median time of one call. A small feed is timed in batches of calls long enough (about 2 ms)
 * for a browser's coarse clock. `beforeRun` runs untimed before each run.
 */
function time(action, runs, beforeRun = () => {}) {
  for (let i = 0; i < 3; i++) action(); // warm up
  let batch = 1;
  for (let start = performance.now(); performance.now() - start < 2 && batch < 4096; batch *= 2) {
    for (let i = 0; i < batch; i++) action();
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    beforeRun();
    const start = performance.now();
    for (let k = 0; k < batch; k++) action();
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}

/**
 * Rows of { feed, papers, jsonParse, parseFeed, ratio, everyAbstract, everyAbstractRatio } in
 * milliseconds, for `{feed, text, options}` inputs. `everyAbstract` also reads each paper's
 * `summary`, which parseFeed defers for long plain-text abstracts: all the work, as a search does.
 */
export function timeParse(parseFeed, inputs) {
  return inputs.map(({ feed, text, options }) => {
    const papers = parseFeed(JSON.parse(text), options).papers.length;
    const large = text.length > 1_000_000;
    const runs = large ? 15 : 60;
    // A large feed's run starts from a collected heap, as a page's one parse does, rather than
    // paying for the garbage of the runs before it (where the engine lets the bench collect).
    const collect = large && typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
    const jsonParse = time(() => JSON.parse(text), runs, collect);
    const parsed = time(() => parseFeed(JSON.parse(text), options), runs, collect);
    const everyAbstract = time(
      () =>
        parseFeed(JSON.parse(text), options).papers.reduce(
          (n, paper) => n + (paper.summary?.length ?? 0),
          0,
        ),
      runs,
      collect,
    );
    return {
      feed,
      papers,
      jsonParse,
      parseFeed: parsed,
      ratio: parsed / jsonParse,
      everyAbstract,
      everyAbstractRatio: everyAbstract / jsonParse,
    };
  });
}
