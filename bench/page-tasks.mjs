// Long tasks while a demo page loads, as `npm start` serves it (built, compressed), at 4× CPU
// slowdown (DevTools protocol) in a fresh tab at a phone's size: traced, so every task of the
// page's main thread counts, rendering included. A steadier figure than Lighthouse's total
// blocking time, which simulates from one fast run and moves by a hundred milliseconds between
// runs of one build here.
import { serveDemoSite } from '../scripts/demo-site.mjs';
import { median } from './stats.mjs';

export const TASK_PAGES = ['daily-papers.html', 'lab.html', 'prerendered.html', 'cdn.html'];
const WATCH_MS = 4000;
const LONG_TASK_MS = 50;

/** The tasks (ms) of the renderer's main thread that ran the page's script. */
function mainThreadTasks(events) {
  const threads = events.filter(
    (e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain',
  );
  const scripted = (thread) =>
    events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'FunctionCall')
      .length;
  const main = threads.reduce((best, thread) =>
    scripted(thread) > scripted(best) ? thread : best,
  );
  return events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask',
    )
    .map((e) => e.dur / 1000);
}

async function loadTraced(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await page.goto(url);
  await page.waitForTimeout(WATCH_MS);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const tasks = mainThreadTasks(trace.traceEvents);
  const long = tasks.filter((ms) => ms > LONG_TASK_MS);
  return {
    longest: Math.max(...tasks),
    blocking: long.reduce((sum, ms) => sum + ms - LONG_TASK_MS, 0),
    long: long.length,
  };
}

/** Medians of `runs` fresh tabs a page, the pages taken in turn. The site must be built. */
export async function benchPageTasks(browser, runs = 5, pages = TASK_PAGES) {
  const { server, origin } = await serveDemoSite();
  const samples = Object.fromEntries(pages.map((page) => [page, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of pages)
        samples[page].push(await loadTraced(browser, `${origin}/demo/${page}`));
    }
  } finally {
    server.close();
  }
  return {
    runs,
    watchMs: WATCH_MS,
    rows: pages.map((page) => ({
      page,
      longest: median(samples[page].map((sample) => sample.longest)),
      blocking: median(samples[page].map((sample) => sample.blocking)),
      long: median(samples[page].map((sample) => sample.long)),
    })),
  };
}
