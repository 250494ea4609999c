import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import {
  chosenEngines,
  firefoxLauncher,
  startWebKitDriver,
  webkitLauncher,
} from './scripts/engines.mjs';
import { feedServer } from './test/server/feed-server.mjs';
import { sourceServer } from './test/server/source-server.mjs';
import { subscribeServer } from './test/server/subscribe-server.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';

/** A Chromium whose pages run in `timezoneId`, to prove calendar dates do not shift. */
function chromium(timezoneId) {
  return chromeLauncher({
    launchOptions: { executablePath: findChrome(), args: CHROME_ARGS },
    async createPage({ context }) {
      const page = await context.newPage();
      if (timezoneId) await page.emulateTimezone(timezoneId);
      return page;
    },
  });
}

const timeZoneTests = ['test/text/dates.test.ts', 'test/data/calendar-dates.test.ts'];

const engines = chosenEngines();
const browsers = [
  ...(engines.includes('chromium') ? [chromium()] : []),
  ...(engines.includes('firefox') ? [firefoxLauncher()] : []),
  ...(engines.includes('webkit') ? [webkitLauncher(await startWebKitDriver())] : []),
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  // One engine at a time: on two cores, two engines side by side starve each other's tabs (on a
  // loaded machine a parse test of 0.3 s ran past its 10 s timeout).
  concurrentBrowsers: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [feedServer, sourceServer, subscribeServer],
  reporters: [defaultReporter(), summaryReporter()],
  // Only Chromium can put a page in another time zone (CDP), so these groups run there.
  groups: engines.includes('chromium')
    ? [
        { name: 'los-angeles', files: timeZoneTests, browsers: [chromium('America/Los_Angeles')] },
        { name: 'tokyo', files: timeZoneTests, browsers: [chromium('Asia/Tokyo')] },
      ]
    : [],
  testFramework: { config: { timeout: 10_000 } },
};
