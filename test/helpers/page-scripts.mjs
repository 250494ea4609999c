// Checks run in a demo page by the end-to-end tests, in any engine: each is a function, for
// Playwright (which runs a function's source through the DevTools protocol, so a page's strict
// Content-Security-Policy does not block it, where it would block a string it evaluates), and
// the same as a script's text, for WebDriver.
const text = (check) => `(${check})()`;

/**
 * Every element has rendered content, each list its cards or its status (a lazy list away from
 * the viewport: its placeholder).
 */
export const rendered = () =>
  [...document.querySelectorAll('paperfeed-card, paperfeed-list, paperfeed-subscribe')].every(
    (element) =>
      element.shadowRoot &&
      element.shadowRoot.childElementCount > 0 &&
      (element.localName !== 'paperfeed-list' ||
        element.shadowRoot.querySelector(
          element.getAttribute('loading') === 'lazy'
            ? 'paperfeed-card, [part="status"], [part="skeleton"]'
            : 'paperfeed-card, [part="status"]',
        )),
  );

/** Whether the page's height held for half a second (the lists measure their cards while idle). */
export const settled = () =>
  new Promise((resolve) => {
    const height = document.documentElement.scrollHeight;
    setTimeout(() => resolve(document.documentElement.scrollHeight === height), 500);
  });

/**
 * Scrolls from top to bottom half a viewport at a time: the smallest and largest height seen. A
 * page with lazy lists is first scrolled through once for them to load (each must show its cards
 * or its status), then left to settle, so the heights are those of the loaded page.
 */
export const scrollThrough = async () => {
  const frame = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const lazyLists = [...document.querySelectorAll('paperfeed-list[loading="lazy"]')];
  if (lazyLists.length > 0) {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    const loaded = () =>
      lazyLists.every((list) => list.shadowRoot.querySelector('paperfeed-card, [part="status"]'));
    for (let waited = 0; !loaded(); waited += 100) {
      if (waited > 10_000) throw new Error('a lazy list did not load once scrolled to');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Settled: the height held for half a second (measured from there, it may move no more).
    for (let tries = 0, height = -1; height !== document.documentElement.scrollHeight; tries++) {
      if (tries > 20) break;
      height = document.documentElement.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const heights = [];
  window.scrollTo(0, 0);
  await frame();
  for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await frame();
    heights.push(document.documentElement.scrollHeight);
  }
  return [Math.min(...heights), Math.max(...heights)];
};

export const RENDERED = text(rendered);
export const SETTLED = text(settled);
export const SCROLL_THROUGH = text(scrollThrough);
