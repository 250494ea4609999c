// Times parseFeed against JSON.parse of the same text, in whichever engine imports it (Node, or
// the benchmark page in Chromium), so both measure the same thing the same way.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The median time of one call. A small feed is timed in batches of calls long enough (about 2 ms)
 * for a browser's coarse clock.
 */
function time(action, runs) {
  for (let i = 0; i < 3; i++) action(); // warm up
  let batch = 1;
  for (let start = performance.now(); performance.now() - start < 2 && batch < 4096; batch *= 2) {
    for (let i = 0; i < batch; i++) action();
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) action();
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}

/** Rows of { feed, papers, jsonParse, parseFeed, ratio } in milliseconds, for `{feed, text, options}` inputs. */
export function timeParse(parseFeed, inputs) {
  return inputs.map(({ feed, text, options }) => {
    const papers = parseFeed(JSON.parse(text), options).papers.length;
    const runs = text.length > 1_000_000 ? 15 : 60;
    const jsonParse = time(() => JSON.parse(text), runs);
    const parsed = time(() => parseFeed(JSON.parse(text), options), runs);
    return { feed, papers, jsonParse, parseFeed: parsed, ratio: parsed / jsonParse };
  });
}
