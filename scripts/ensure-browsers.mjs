// Makes sure the browser tests have their engines: Chromium, Firefox ESR and WebKitGTK's
// WebKitWebDriver with Xvfb (or those named in PAPERFEED_ENGINES). On Debian as root it installs
// Debian's packages; anywhere else it says in one line what to install.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChrome } from './chrome.mjs';
import { chosenEngines, FIREFOX, WEBKIT_DRIVER } from './engines.mjs';

const NEEDS = {
  chromium: { present: () => Boolean(findChrome()), packages: ['chromium'] },
  firefox: { present: () => existsSync(FIREFOX), packages: ['firefox-esr'] },
  webkit: {
    present: () => existsSync(WEBKIT_DRIVER) && existsSync('/usr/bin/Xvfb'),
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

const missing = chosenEngines().filter((engine) => !NEEDS[engine].present());
if (missing.length === 0) process.exit(0);
const packages = missing.flatMap((engine) => NEEDS[engine].packages);

const debian =
  existsSync('/etc/os-release') && /^ID=debian$/m.test(readFileSync('/etc/os-release', 'utf8'));
if (debian && process.getuid?.() === 0) {
  console.log(`Installing Debian's ${packages.join(', ')} for the browser tests…`);
  execSync(`apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
  if (chosenEngines().every((engine) => NEEDS[engine].present())) process.exit(0);
}
console.error(
  `The browser tests need ${missing.join(', ')}: on Debian, apt-get install ${packages.join(' ')}; or run one engine with PAPERFEED_ENGINES=chromium.`,
);
process.exit(1);
