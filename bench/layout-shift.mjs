// Layout shift on a host page (text around a list, a subscribe box and a `src` card; the module
// loaded async after the page's text) at a phone's and a laptop's size, fresh tab per run: in
// Chromium by its Layout Instability API and by the same score worked out from the boxes
// (bench/pages/layout-shift.js), in Firefox and WebKit from the boxes only, as they have no such API.
import puppeteer from 'puppeteer-core';
import { FIREFOX, openWebKitSession, startWebKitDriver, waitFor } from '../scripts/engines.mjs';
import { median } from './stats.mjs';

export const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

const ELEMENTS_SHOWN = 'window.shifts.elementsAt !== undefined';
// What the elements cause after they appear is counted for this long.
const SETTLE_MS = 1000;

/**
 * Medians of the runs: `fromBoxes` in every engine, `api` (the Layout Instability API) where the
 * engine has it, Chromium only.
 */
function rowOf(engine, viewport, samples, { api = false } = {}) {
  const medians = (pick) => ({
    total: median(samples.map((sample) => pick(sample).total)),
    afterElements: median(samples.map((sample) => pick(sample).afterElements)),
  });
  return {
    engine,
    viewport,
    api: api ? medians((sample) => sample) : undefined,
    fromBoxes: medians((sample) => sample.fromBoxes),
  };
}

export async function benchLayoutShift(browser, origin, path = '/bench/pages/host.html', runs = 5) {
  const rows = [];
  for (const viewport of VIEWPORTS) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(ELEMENTS_SHOWN);
      await page.waitForTimeout(SETTLE_MS);
      samples.push(await page.evaluate(() => window.shifts));
      await context.close();
    }
    rows.push(rowOf(`Chromium ${browser.version()}`, viewport, samples, { api: true }));
  }
  return rows;
}

/** Firefox ESR through puppeteer-core, a fresh browser context per run. */
async function firefoxSamples(url, viewport, runs) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX });
  const samples = [];
  const engine = `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.goto(url);
      await waitFor(() => page.evaluate(ELEMENTS_SHOWN), 'the elements to appear');
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      samples.push({ ...(await page.evaluate(() => window.shifts)), engine });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

/** WebKitGTK's MiniBrowser through WebDriver, a new session (a fresh browser) per run. */
async function webkitSamples(url, viewport, runs) {
  const driver = `http://127.0.0.1:${await startWebKitDriver()}`;
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const { call, close, version } = await openWebKitSession(driver);
    const evaluate = (script) =>
      call('POST', '/execute/sync', { script: `return ${script}`, args: [] });
    try {
      // The window's size is set so that its viewport, inside the window's frame, is the one asked.
      await call('POST', '/window/rect', viewport);
      const [innerWidth, innerHeight] = await evaluate('[innerWidth, innerHeight]');
      await call('POST', '/window/rect', {
        width: 2 * viewport.width - innerWidth,
        height: 2 * viewport.height - innerHeight,
      });
      await call('POST', '/url', { url });
      await waitFor(() => evaluate(ELEMENTS_SHOWN), 'the elements to appear');
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      samples.push({
        ...(await evaluate('window.shifts')),
        viewport: await evaluate('({ width: innerWidth, height: innerHeight })'),
        engine: `WebKitGTK ${version}`,
      });
    } finally {
      await close();
    }
  }
  return samples;
}

/** The same page in Firefox and WebKit: the score worked out from the boxes. */
export async function benchLayoutShiftInEngines(origin, path = '/bench/pages/host.html', runs = 5) {
  const rows = [];
  for (const samplesOf of [firefoxSamples, webkitSamples]) {
    for (const viewport of VIEWPORTS) {
      const samples = await samplesOf(`${origin}${path}`, viewport, runs);
      rows.push(rowOf(samples[0].engine, samples[0].viewport ?? viewport, samples));
    }
  }
  return rows;
}
