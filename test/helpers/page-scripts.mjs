// Scripts run in a demo page by the end-to-end tests, in any engine (as strings: WebDriver
// takes a script's text, and Playwright's waitForFunction an expression).

// Runs in the page: every element has rendered content, each list its cards or its status.
export const RENDERED = `(() => [...document.querySelectorAll('paperfeed-card, paperfeed-list, paperfeed-subscribe')]
  .every((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0 &&
    (element.localName !== 'paperfeed-list' || element.shadowRoot.querySelector('paperfeed-card, [part="status"]'))))()`;

// Runs in the page: whether its height held for half a second (the lists measure their cards
// while the page is idle after their first render).
export const SETTLED = `new Promise((resolve) => {
  const height = document.documentElement.scrollHeight;
  setTimeout(() => resolve(document.documentElement.scrollHeight === height), 500);
})`;

// Runs in the page: scrolls from top to bottom a viewport at a time, and returns the smallest and
// largest scrollHeight seen on the way.
export const SCROLL_THROUGH = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const heights = [];
  window.scrollTo(0, 0);
  await frame();
  for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await frame();
    heights.push(document.documentElement.scrollHeight);
  }
  return [Math.min(...heights), Math.max(...heights)];
})()`;
