/* global module */
// The tests drive Debian's browsers (chromium, firefox-esr); puppeteer must never download its own.
module.exports = { skipDownload: true };
