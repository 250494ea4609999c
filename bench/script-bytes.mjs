// Script a page with a list and a subscribe box fetches before the list's first card: every
// dist/cdn file requested until then, counted as gzip -9 of the file.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export async function benchScriptBytes(browser, origin) {
  const page = await browser.newPage();
  const files = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/dist/cdn/') && pathname.endsWith('.js')) files.push(pathname);
  });
  await page.goto(`${origin}/bench/pages/list-and-subscribe.html`);
  await page.waitForFunction(() =>
    document.querySelector('paperfeed-list')?.shadowRoot?.querySelector('paperfeed-card'),
  );
  await page.close();
  const sizes = files.map((path) => ({
    path,
    bytes: gzipSync(readFileSync(new URL(`..${path}`, import.meta.url)), { level: 9 }).length,
  }));
  return { files: sizes, total: sizes.reduce((sum, file) => sum + file.bytes, 0) };
}
