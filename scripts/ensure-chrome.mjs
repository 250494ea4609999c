// Makes sure the browser tests have a Chrome or Chromium. On Debian as root it installs Debian's
// `chromium` package; anywhere else it says in one line what to install.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChrome } from './chrome.mjs';

function isDebian() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^ID=debian$/m.test(release);
}

if (findChrome()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  process.exit(1);
}

if (isDebian() && process.getuid?.() === 0) {
  console.log("No Chrome or Chromium found: installing Debian's chromium package…");
  execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (findChrome()) process.exit(0);
}

console.error(
  "No Chrome or Chromium found: install Google Chrome or Chromium (on Debian: apt-get install chromium; not Ubuntu's snap), or set CHROME_PATH to its binary.",
);
process.exit(1);
