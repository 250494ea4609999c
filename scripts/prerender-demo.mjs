// Writes the demo's prerendered pages from the default feed, as a static site's build would with
// `paperfeed render`: demo/prerendered.html (styles inline) and demo/prerendered-strict-csp.html
// (under the strict-CSP page's policy, the elements' stylesheets linked). Run by `npm run build`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// The Daily Papers list of daily-papers.html and the publications of lab.html (a .bib merged with
// OpenAlex works), with the same attributes.
const LISTS = [
  {
    sources: ['demo/feeds/daily-papers.json'],
    attributes: ['heading-level=3', 'group-by=day', 'sort=upvotes', 'page-size=5', 'searchable'],
  },
  {
    sources: ['demo/feeds/lab/papers.bib', 'demo/feeds/lab/openalex-works.json'],
    attributes: [
      'heading-level=3',
      'group-by=year',
      'group-date=published',
      'sort=published',
      'page-size=5',
      'searchable',
      'highlight-authors=Fernando Muro',
      'abstract-lines=2',
    ],
  },
];

function rendered({ sources, attributes }, extra = []) {
  return execFileSync(
    process.execPath,
    [
      'bin/paperfeed.mjs',
      'render',
      ...sources,
      ...attributes.flatMap((a) => ['--attr', a]),
      ...extra,
    ],
    // Its warnings (entries a real .bib repeats) are for a site owner's build log, not this one.
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

const body = (extra) => `      <h2>Daily Papers</h2>
${rendered(LISTS[0], extra)}
      <h2>A lab's publications</h2>
${rendered(LISTS[1], extra)}`;

// The strict-CSP page's own policy, so the two pages cannot drift apart.
const STRICT_POLICY = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('demo/strict-csp.html', 'utf8'),
)[1];

function page({ title, note, policy, body }) {
  return `<!doctype html>
<!-- Written by scripts/prerender-demo.mjs (npm run build): edit that, not this. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
${policy ? `    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n` : ''}    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Paperfeed demo</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />
    <script type="module" src="/dist/cdn/paperfeed-hydrate.js"></script>
  </head>
  <body>
    <header class="site-header">
      <p class="brand"><a href="./">Paperfeed demo</a> · ${title}</p>
      <p class="note">${note}</p>
    </header>
    <main>
      <h1>Papers, prerendered</h1>
${body}
    </main>
  </body>
</html>
`;
}

writeFileSync(
  'demo/prerendered.html',
  page({
    title: 'Prerendered',
    note: 'The lists of the Daily Papers and lab pages written by <code>paperfeed render</code> at build time: its papers are in the HTML (readable with JavaScript off, no fetch, no layout shift), and <code>paperfeed-hydrate.js</code> makes it interactive in place.',
    body: body(),
  }),
);
writeFileSync(
  'demo/prerendered-strict-csp.html',
  page({
    title: 'Prerendered, strict CSP',
    note: "The same prerendered list under the strict-CSP page's policy (no inline style): <code>paperfeed render --stylesheets /dist/cdn/</code> links each element's stylesheet from inside its shadow root.",
    policy: STRICT_POLICY,
    body: body(['--stylesheets', '/dist/cdn/']),
  }),
);
