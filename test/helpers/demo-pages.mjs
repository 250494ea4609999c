// Every page of the demo, the front page first; the two prerendered pages are written by the build.
export const DEMO_PAGES = [
  'index.html',
  'daily-papers.html',
  'lab.html',
  'sources.html',
  'languages.html',
  'blog.html',
  'cdn.html',
  'cdn-classic.html',
  'strict-csp.html',
  'prerendered.html',
  'prerendered-strict-csp.html',
];
