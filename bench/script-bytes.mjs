// Script a page with a list and a subscribe box fetches before the list's first card: every
// dist/cdn file requested until then, counted as gzip -9 of the file, and what is in it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** What the bytes are for, by the source file they were built from; the first match wins. */
const AREAS = [
  {
    key: 'lit',
    label: 'Lit (its core, `repeat`, `static`, the observers)',
    pattern: /node_modules\/(?:lit|lit-html|lit-element|@lit|@lit-labs)\//,
  },
  {
    key: 'jsonFeed',
    label: 'reading JSON Feed and Hugging Face answers',
    pattern: /src\/data\/formats\/(?:json-feed|hugging-face|read)\./,
  },
  {
    key: 'scholarly',
    label: 'reading OpenAlex, Crossref, Semantic Scholar, CSL-JSON and mapped JSON',
    pattern: /src\/data\/formats\//,
  },
  { key: 'data', label: 'loading, vetting and normalizing papers', pattern: /src\/data\// },
  {
    key: 'text',
    label: 'text: markup in titles and abstracts, character references, dates',
    pattern: /src\/text\//,
  },
  {
    key: 'languages',
    label: 'languages and formatters',
    pattern: /src\/(?:i18n\/|base\/(?:element-locale|intl-cache|warm-intl|plural)\.)/,
  },
  { key: 'list', label: 'the list', pattern: /src\/components\/list\// },
  { key: 'card', label: 'the card', pattern: /src\/components\/card\// },
  { key: 'subscribe', label: 'the subscribe box', pattern: /src\/components\/subscribe\// },
  {
    key: 'controllers',
    label: 'controllers: feed, render steps, pager, URL state, refresh, sizes',
    pattern: /src\/controllers\//,
  },
  { key: 'loader', label: 'the element loader', pattern: /src\/(?:autoload|cdn)\.ts$/ },
  { key: 'base', label: "the elements' base, theme and events", pattern: /src\// },
];
const GLUE = { key: 'glue', label: 'imports and exports between the files' };

const areaOf = (source) => AREAS.find(({ pattern }) => pattern.test(source)) ?? GLUE;

/** Minified bytes of `code` by area, from its source map. */
function bytesByArea(code, map) {
  const lines = code.split('\n');
  const mappings = [];
  new SourceMapConsumer(map).eachMapping((mapping) => mappings.push(mapping));
  mappings.sort(
    (a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn,
  );
  const areas = new Map();
  for (const [index, mapping] of mappings.entries()) {
    const next = mappings[index + 1];
    const end =
      next?.generatedLine === mapping.generatedLine
        ? next.generatedColumn
        : lines[mapping.generatedLine - 1].length;
    const area = areaOf(mapping.source ?? '');
    areas.set(area, (areas.get(area) ?? 0) + end - mapping.generatedColumn);
  }
  return areas;
}

export async function benchScriptBytes(browser, origin) {
  const page = await browser.newPage();
  // When the list's first card is in its shadow root, checked each frame in the page: a script
  // asked for a frame later (the subscribe box's) is not counted, however late the test hears.
  await page.addInitScript(() => {
    window.firstCardAt = new Promise((resolve) => {
      const check = () => {
        if (document.querySelector('paperfeed-list')?.shadowRoot?.querySelector('paperfeed-card'))
          resolve(performance.now());
        else requestAnimationFrame(check);
      };
      check();
    });
  });
  await page.goto(`${origin}/bench/pages/list-and-subscribe.html`);
  const firstCardAt = await page.evaluate(() => window.firstCardAt);
  // Every element defined: the scripts fetched after the first card are in the timeline too.
  await page.waitForFunction(() => customElements.get('paperfeed-subscribe'));
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map(({ name, startTime }) => ({ path: new URL(name).pathname, startTime })),
  );
  await page.close();
  const files = fetched
    .filter(({ path, startTime }) => /^\/dist\/cdn\/.*\.js$/.test(path) && startTime < firstCardAt)
    .map(({ path }) => path);
  const areas = new Map();
  const sizes = files.map((path) => {
    const file = new URL(`..${path}`, import.meta.url);
    const code = readFileSync(file, 'utf8');
    const bytes = gzipSync(code, { level: 9 }).length;
    // A file's gzip bytes shared out in proportion to each area's minified bytes in it.
    const minified = bytesByArea(code, JSON.parse(readFileSync(`${file.pathname}.map`, 'utf8')));
    const mapped = [...minified.values()].reduce((sum, n) => sum + n, 0);
    for (const [area, n] of minified)
      areas.set(area, (areas.get(area) ?? 0) + (bytes * n) / mapped);
    return { path, bytes };
  });
  return {
    files: sizes,
    total: sizes.reduce((sum, file) => sum + file.bytes, 0),
    areas: [...areas]
      .map(([{ key, label }, bytes]) => ({ key, label, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}
