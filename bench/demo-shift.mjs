// The whole page's cumulative layout shift on each demo page, from navigation until the elements
// have settled, at a phone's and a laptop's size: a fresh tab per run, medians.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';
import { VIEWPORTS } from './layout-shift.mjs';
import { DEMO_PAGES as ALL_PAGES } from '../test/helpers/demo-pages.mjs';

/** The demo pages with elements on them (not the front page). */
export const DEMO_PAGES = ALL_PAGES.filter((page) => page !== 'index.html');

/**
 * The sources page opened at each of its sections, as a link to one of them opens it: the lists
 * above the section render while the reader looks at it.
 */
export const SECTION_LINKS = [
  ...readFileSync(new URL('../demo/sources.html', import.meta.url), 'utf8').matchAll(
    /<section id="([^"]+)"/g,
  ),
].map(([, id]) => `sources.html#${id}`);

// The host page's recorder, run before each demo page's own scripts.
const recorder = fileURLToPath(new URL('./pages/layout-shift.js', import.meta.url));

/** Per page and viewport: the median CLS, and what moved in the run that shifted most. */
export async function benchDemoShift(browser, origin, runs = 3, pages = DEMO_PAGES) {
  const rows = [];
  for (const path of pages) {
    const row = { page: path, cls: {}, moved: {} };
    for (const viewport of VIEWPORTS) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript({ path: recorder });
        const page = await context.newPage();
        await page.goto(`${origin}/demo/${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(2000);
        samples.push(await page.evaluate(() => window.shifts));
        await context.close();
      }
      const worst = samples.reduce((a, b) => (b.total > a.total ? b : a));
      row.cls[viewport.width] = median(samples.map((sample) => sample.total));
      row.moved[viewport.width] = worst.entries.flatMap((entry) => entry.moved);
    }
    rows.push(row);
  }
  return rows;
}
