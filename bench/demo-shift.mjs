// The whole page's cumulative layout shift on each demo page, from navigation until the elements
// have settled, at a phone's and a laptop's size: a fresh tab per run, medians.
import { median } from './stats.mjs';
import { VIEWPORTS } from './layout-shift.mjs';

export const DEMO_PAGES = [
  'daily-papers.html',
  'lab.html',
  'sources.html',
  'languages.html',
  'blog.html',
  'cdn.html',
  'cdn-classic.html',
  'strict-csp.html',
];

const observeShifts = () => {
  window.pageShift = 0;
  window.pageShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.pageShift += entry.value;
      window.pageShifts.push({
        at: Math.round(entry.startTime),
        value: Number(entry.value.toFixed(4)),
        sources: entry.sources.map((source) => {
          const node = source.node;
          const name = node?.localName ?? node?.nodeName ?? '?';
          return `${name}${node?.id ? `#${node.id}` : ''} ${source.previousRect.y}→${source.currentRect.y} h ${source.previousRect.height}→${source.currentRect.height}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

export async function benchDemoShift(browser, origin, runs = 3, pages = DEMO_PAGES) {
  const rows = [];
  for (const path of pages) {
    const row = { page: path };
    for (const viewport of VIEWPORTS) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript(observeShifts);
        const page = await context.newPage();
        await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(2000);
        samples.push(
          await page.evaluate(() => ({ value: window.pageShift, shifts: window.pageShifts })),
        );
        await context.close();
      }
      row[viewport.width] = median(samples.map((sample) => sample.value));
      row[`worst${viewport.width}`] = samples.reduce((a, b) => (b.value > a.value ? b : a));
    }
    rows.push(row);
  }
  return rows;
}
