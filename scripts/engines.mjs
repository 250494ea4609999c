// The three engines the browser tests run in, all from Debian's packages: Chromium (CDP),
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (W3C WebDriver, MiniBrowser
// under Xvfb: it has no headless mode). `PAPERFEED_ENGINES=chromium` narrows the run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
].find((path) => existsSync(path));

/** The engines asked for (all three by default). */
export function chosenEngines() {
  const asked = (process.env.PAPERFEED_ENGINES ?? ENGINES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES}`);
  return asked;
}

export function firefoxLauncher() {
  return puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  });
}

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb (unless a display is set) and WebKitWebDriver, for as long as this process runs. */
export async function startWebKitDriver() {
  const env = { ...process.env, LANG: 'en_US.UTF-8' };
  if (!env.DISPLAY) {
    const display = `:${90 + (process.pid % 9)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24'], { stdio: 'ignore' }));
    env.DISPLAY = display;
  }
  const port = await freePort();
  children.push(spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' }));
  // Unreferenced: they must not keep a test process alive; they end with it.
  for (const child of children) child.unref();
  // Ready when it answers /status (until then, not listening yet).
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/status`).catch(() => undefined))?.ok,
    'WebKitWebDriver to start',
  );
  return port;
}

/** Resolves once `check()` is truthy, looking every 100 ms for 10 s; `what` names it on failure. */
export async function waitFor(check, what) {
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function webkitLauncher(port) {
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Plain W3C WebDriver: WebKitWebDriver has no WebDriver BiDi, which webdriverio asks for.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

/**
 * Opens a MiniBrowser (a fresh browser) on the WebKitWebDriver at `driver`, its base URL. Returns
 * `call(method, path, body)`, which sends one of the session's commands and resolves with its
 * value (or throws WebDriver's error, its code in `webdriverError`), `close()`, and the engine's
 * version.
 */
export async function openWebKitSession(driver) {
  const response = await fetch(`${driver}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    }),
  });
  const { sessionId, capabilities } = (await response.json()).value;
  const session = `${driver}/session/${sessionId}`;
  // A WebDriver error (a dead session, a script that threw) is thrown, not returned as a value
  // that a caller waiting for something truthy would take for a yes.
  const call = async (method, path, body) => {
    const response = await fetch(`${session}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (response.ok) return value;
    const reason = [value.error, value.message].filter(Boolean).join(': ');
    const error = new Error(`WebDriver ${method} ${path}: ${reason}`);
    error.webdriverError = value.error;
    throw error;
  };
  return {
    call,
    close: () => fetch(session, { method: 'DELETE' }),
    version: capabilities.browserVersion,
  };
}
