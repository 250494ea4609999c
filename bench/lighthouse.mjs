// Lighthouse 12.2.3 (mobile: a phone's screen and simulated slow 4G with 4x CPU slowdown, its
// default) on every demo page as `npm start` serves it (built, compressed). Median of `runs` per
// page: the performance score, total blocking time, cumulative layout shift.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEMO_PAGES } from '../test/helpers/demo-pages.mjs';
import { median } from './stats.mjs';
import { findChrome } from '../scripts/chrome.mjs';
import { buildDemoSite, serveDemoSite } from '../scripts/demo-site.mjs';

export async function benchLighthouse(runs = 5, pages = DEMO_PAGES) {
  await buildDemoSite();
  const { server, origin } = await serveDemoSite();
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const rows = [];
  try {
    for (const path of pages) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}/demo/${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const { categories, audits } = result.lhr;
        samples.push({
          score: Math.round(categories.performance.score * 100),
          tbt: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
        });
      }
      rows.push({
        page: path,
        score: median(samples.map((sample) => sample.score)),
        tbt: median(samples.map((sample) => sample.tbt)),
        cls: median(samples.map((sample) => sample.cls)),
        lcp: median(samples.map((sample) => sample.lcp)),
      });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return { rows, runs, version: '12.2.3' };
}
