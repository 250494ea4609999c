// Chromium driven over its DevTools protocol pipe with no domain enabled but what a run needs. No
// Network domain, which Playwright and Puppeteer enable on every page they open: with it watching,
// a page here read a 3 MB answer's body in about 360 ms, without it in about 150 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs';

export async function launchBareChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'paperfeed-bench-'));
  const child = spawn(
    findChrome(),
    [...CHROME_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const waiting = new Map();
  let lastId = 0;
  let pending = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (data) => {
    pending += data;
    let end;
    while ((end = pending.indexOf('\0')) >= 0) {
      const message = JSON.parse(pending.slice(0, end));
      pending = pending.slice(end + 1);
      const reply = waiting.get(message.id);
      if (!reply) continue;
      waiting.delete(message.id);
      if (message.error) reply.reject(new Error(message.error.message));
      else reply.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  return {
    /**
     * Opens `url` in a fresh 1200×900 tab of its own browser context (no cache, nothing
     * compiled), waits for `expression` (which may be a promise), returns its value and closes
     * the context.
     */
    async valueIn(url, expression) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send(
        'Emulation.setDeviceMetricsOverride',
        { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      await send('Page.navigate', { url }, sessionId);
      let value;
      for (let tries = 0; tries < 600 && value === undefined; tries++) {
        // Until the page's own scripts have run, the expression has no value (or its document is
        // replaced under it): ask again.
        const answer = await send(
          'Runtime.evaluate',
          { expression: `(${expression}) ?? null`, awaitPromise: true, returnByValue: true },
          sessionId,
        ).catch(() => undefined);
        value = answer?.result?.value ?? undefined;
        if (value === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await send('Target.disposeBrowserContext', { browserContextId });
      if (value === undefined) throw new Error(`${url}: ${expression} never had a value`);
      return value;
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await new Promise((resolve) =>
        child.exitCode === null ? child.once('exit', resolve) : resolve(),
      );
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
