// Layout shift on a host page (text around a list, a subscribe box and a `src` card; the module
// loaded async after the page's text) at a phone's and a laptop's size, fresh tab per run.
import { median } from './stats.mjs';

export const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

export async function benchLayoutShift(browser, origin, path = '/bench/pages/host.html', runs = 5) {
  const rows = [];
  for (const viewport of VIEWPORTS) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => window.shifts.elementsAt !== undefined);
      await page.waitForTimeout(1000);
      samples.push(await page.evaluate(() => window.shifts));
      await context.close();
    }
    rows.push({
      viewport,
      total: median(samples.map((sample) => sample.total)),
      afterElements: median(samples.map((sample) => sample.afterElements)),
    });
  }
  return rows;
}
