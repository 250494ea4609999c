// Writes docs/images/<page>-<light|dark>.png from the running demo, so the README's pictures can
// be regenerated after any visual change: `npm run screenshots` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const PAGES = ['daily-papers', 'lab', 'blog'];
const outDir = new URL('../docs/images/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const server = await createServer({
  configFile: new URL('../vite.demo.config.ts', import.meta.url).pathname,
  server: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
});

try {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      deviceScaleFactor: 1,
      colorScheme,
      reducedMotion: 'reduce',
    });
    for (const name of PAGES) {
      const page = await context.newPage();
      await page.goto(`${origin}/demo/${name}.html`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('paperfeed-list')].every((list) =>
          list.shadowRoot?.querySelector('paperfeed-card'),
        ),
      );
      await page.waitForTimeout(400);
      const path = new URL(`${name}-${colorScheme}.png`, outDir).pathname;
      await page.screenshot({ path });
      console.log(`wrote docs/images/${name}-${colorScheme}.png`);
      await page.close();
    }
    await context.close();
  }
  // One picture per source format for docs/sources.md: each list of the sources page.
  const context = await browser.newContext({
    viewport: { width: 760, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/demo/sources.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('paperfeed-list')].every((list) =>
      list.shadowRoot?.querySelector('paperfeed-card'),
    ),
  );
  await page.waitForTimeout(400);
  mkdirSync(new URL('sources/', outDir), { recursive: true });
  for (const id of await page.$$eval('main > section[id]', (sections) =>
    sections.map((s) => s.id),
  )) {
    const path = new URL(`sources/${id}.png`, outDir).pathname;
    await page.locator(`#${id}`).screenshot({ path });
    console.log(`wrote docs/images/sources/${id}.png`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
