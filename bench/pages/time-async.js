// Times an async action, in whichever engine imports it (Node, or the benchmark page in
// Chromium), so both measure the same way: the median of `runs`, each of `batch` calls (small
// inputs in batches, so the browser's coarse clock of 0.1 ms can time them), after 2 warm-ups.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function timeAsync(action, runs, batch = 1) {
  for (let i = 0; i < 2; i++) await action();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) await action();
    times.push((performance.now() - start) / batch);
  }
  return median(times);
}
