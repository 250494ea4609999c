// Prints the gzip size of every built script and fails when one is over its budget in
// size-budgets.json. The CDN module entry is counted with every chunk it imports statically;
// chunks it imports on demand (`import("./x.js")`) are printed and budgeted on their own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'types' ? [] : scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

/** Files a module imports statically, followed transitively. */
function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, specifier] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.[^"']+)["']/g,
  )) {
    staticGraph(resolve(dirname(entry), specifier), seen);
  }
  return seen;
}

let failed = false;
const rows = [];
const check = (label, bytes, max) => {
  const over = bytes > max;
  failed ||= over;
  rows.push([label, kb(bytes), kb(max), over ? 'OVER BUDGET' : 'ok']);
};

const all = scripts(join(root, 'dist'));
if (all.length === 0) {
  console.error('size check: dist/ has no scripts; run npm run build first');
  process.exit(1);
}

const cdnEntry = join(root, budgets.cdnModuleEntry.file);
const cdnGraph = staticGraph(cdnEntry);
const cdnTotal = [...cdnGraph].reduce((sum, file) => sum + gzipSize(file), 0);
check(
  `${budgets.cdnModuleEntry.file} with its static imports (${cdnGraph.size} file(s))`,
  cdnTotal,
  budgets.cdnModuleEntry.maxGzipBytes,
);
// What a page with a list and a subscribe box loads before the list's first card: the entry with
// its static imports, then each element's chunk with the chunks it imports.
const pageGraph = new Set(cdnGraph);
for (const chunk of budgets.listAndSubscribePage.chunks) {
  const pattern = new RegExp(`^${chunk}-[\\w-]+\\.js$`);
  const file = readdirSync(dirname(cdnEntry)).find((name) => pattern.test(name));
  if (!file) {
    console.error(`size check: dist/cdn has no ${chunk}-*.js chunk; see size-budgets.json`);
    process.exit(1);
  }
  staticGraph(join(dirname(cdnEntry), file), pageGraph);
}
check(
  `a page with a list and a subscribe box (${pageGraph.size} file(s))`,
  [...pageGraph].reduce((sum, file) => sum + gzipSize(file), 0),
  budgets.listAndSubscribePage.maxGzipBytes,
);
const hydrateEntry = join(root, budgets.cdnHydrateEntry.file);
const hydrateGraph = staticGraph(hydrateEntry);
check(
  `${budgets.cdnHydrateEntry.file} with its static imports (${hydrateGraph.size} file(s))`,
  [...hydrateGraph].reduce((sum, file) => sum + gzipSize(file), 0),
  budgets.cdnHydrateEntry.maxGzipBytes,
);
check(
  budgets.cdnClassicScript.file,
  gzipSize(join(root, budgets.cdnClassicScript.file)),
  budgets.cdnClassicScript.maxGzipBytes,
);
for (const file of budgets.npmEntries.files) {
  check(
    `${file} with its static imports`,
    [...staticGraph(join(root, file))].reduce((sum, f) => sum + gzipSize(f), 0),
    budgets.npmEntries.maxGzipBytes,
  );
}
// Each syntax reader counted with the chunks it imports (the LaTeX decoder they share).
for (const [name, { file, maxGzipBytes }] of Object.entries(budgets.syntaxChunks)) {
  const graph = staticGraph(join(root, file));
  check(
    `${file} (${name} reader, on demand) with its static imports (${graph.size} file(s))`,
    [...graph].reduce((sum, f) => sum + gzipSize(f), 0),
    maxGzipBytes,
  );
}
// Each shipped language, one file of its own.
for (const file of all.filter((f) => /paperfeed-lang-[\w-]+\.js$/.test(f))) {
  check(
    `${relative(root, file)} (a language, on demand)`,
    gzipSize(file),
    budgets.languageFile.maxGzipBytes,
  );
}
const cdnDir = dirname(cdnEntry);
for (const file of all.filter(
  (f) =>
    dirname(f) === cdnDir &&
    !cdnGraph.has(f) &&
    !hydrateGraph.has(f) &&
    f !== join(root, budgets.cdnClassicScript.file) &&
    !/paperfeed-lang-/.test(f),
)) {
  check(
    `${relative(root, file)} (loaded on demand)`,
    gzipSize(file),
    budgets.onDemandChunk.maxGzipBytes,
  );
}

console.log('Gzip sizes of every built script:');
for (const file of all)
  console.log(`  ${relative(root, file).padEnd(40)} ${kb(gzipSize(file)).padStart(10)}`);
console.log('\nBudgets:');
for (const [label, size, max, verdict] of rows)
  console.log(`  ${verdict.padEnd(11)} ${size.padStart(10)} of ${max.padStart(10)}  ${label}`);
if (failed) {
  console.error('\nsize check failed: an output is over its budget in size-budgets.json');
  process.exit(1);
}
