/**
 * Runs `callback` once the page is idle, within 500 ms at most; in a task soon in a browser that
 * does not say when it is idle.
 */
export const whenIdle = (callback: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 16);
