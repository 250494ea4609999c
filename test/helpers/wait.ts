import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` that gives up after 5 s rather than 1 s: on a slow machine a list's whole feed (its
 * request, its formatters, its cards in steps) took more than a second. A test that times how soon
 * something happens still passes its own `timeout`.
 */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options) =>
  openWcWaitUntil(predicate, message, { timeout: 5000, ...options });

/** Resolves after `count` animation frames: what the page has laid out and painted by then. */
export async function frames(count = 3): Promise<void> {
  for (let frame = 0; frame < count; frame++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
}
