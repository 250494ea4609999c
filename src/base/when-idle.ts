/**
 * Runs `callback` once the page is idle, within 500 ms at most, with the idle time it has; in a
 * task soon, without it, in a browser that does not say when it is idle.
 */
export const whenIdle = (callback: (idle?: IdleDeadline) => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 16);
