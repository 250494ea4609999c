// Checks run in a demo page by the end-to-end tests, in any engine: each is a function, for
// Playwright (which runs a function's source through the DevTools protocol, so a page's strict
// Content-Security-Policy does not block it, where it would block a string it evaluates), and
// the same as a script's text, for WebDriver.
const text = (check) => `(${check})()`;

/**
 * Every element has rendered content, each list its cards or its status (a lazy list away from
 * the viewport: its placeholder, not busy).
 */
export const rendered = () =>
  [...document.querySelectorAll('paperfeed-card, paperfeed-list, paperfeed-subscribe')].every(
    (element) =>
      element.shadowRoot &&
      element.shadowRoot.childElementCount > 0 &&
      (element.localName !== 'paperfeed-list' ||
        element.shadowRoot.querySelector(
          'paperfeed-card, [part="status"], [aria-busy="false"] > [part="skeleton"]',
        )),
  );

/**
 * Scrolls to each `loading="lazy"` list, as a reader would, until it shows its cards (within 10
 * s, or it throws), then back to the top: the checks that follow see every list loaded.
 */
export const loadLazyLists = async () => {
  for (const list of document.querySelectorAll('paperfeed-list[loading="lazy"]')) {
    list.scrollIntoView();
    for (let waited = 0; !list.shadowRoot?.querySelector('paperfeed-card'); waited += 100) {
      if (waited > 10_000) throw new Error(`${list.getAttribute('src')} did not load when near`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  window.scrollTo(0, 0);
  return true;
};

/** Whether the page's height held for half a second (the lists measure their cards while idle). */
export const settled = () =>
  new Promise((resolve) => {
    const height = document.documentElement.scrollHeight;
    setTimeout(() => resolve(document.documentElement.scrollHeight === height), 500);
  });

/** Scrolls from top to bottom half a viewport at a time: the smallest and largest height seen. */
export const scrollThrough = async () => {
  const frame = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
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
export const LOAD_LAZY_LISTS = text(loadLazyLists);
export const SETTLED = text(settled);
export const SCROLL_THROUGH = text(scrollThrough);
