/**
 * Runs what the page does in the current task, microtask after microtask, without letting any
 * task through: messages of two channels may come in either order in WebKit.
 */
export async function restOfThisTask(): Promise<void> {
  for (let hop = 0; hop < 500; hop++) await null;
}

/**
 * Runs `body` with a clock that moves `ms` (or `ms(look)`) at each look at it, so that whatever
 * times itself seems to take that long, and that `advance` moves; the real clock is back after.
 */
export async function withLooksTaking(
  ms: number | ((look: number) => number),
  body: (advance: (ms: number) => void) => Promise<void>,
): Promise<void> {
  const clock = performance as { now: () => number };
  let now = clock.now();
  let looks = 0;
  clock.now = () => (now += typeof ms === 'number' ? ms : ms(looks++));
  try {
    await body((by) => (now += by));
  } finally {
    delete (clock as { now?: unknown }).now;
  }
}
