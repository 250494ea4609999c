// The CDN build as `npm run build` wrote it: V8's compile hint on the files a page runs as soon
// as it has them, not on those it loads for some sources, languages or long feeds only, and
// source maps that still point at the right sources under the added line.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const HINT = '//# allFunctionsCalledOnLoad\n';
const scripts = readdirSync(CDN).filter((name) => name.endsWith('.js'));
const read = (name) => readFileSync(new URL(name, CDN), 'utf8');
const named = (prefix) => {
  const found = scripts.find((name) => name.startsWith(prefix));
  assert.ok(found, `dist/cdn has no ${prefix}… file: run npm run build first`);
  return found;
};

describe('the CDN build', () => {
  it('asks V8 to compile the startup files as they stream in', () => {
    const startup = [
      'paperfeed.js',
      'paperfeed-hydrate.js',
      'paperfeed.iife.js',
      named('paperfeed-card-'),
      named('paperfeed-list-with-card-'),
      named('paperfeed-subscribe-'),
      named('lit-html-'),
      named('theme-'),
    ];
    for (const name of startup) assert.ok(read(name).startsWith(HINT), `${name} has no hint`);
  });

  it('leaves the hint off what a page loads only on demand', () => {
    const onDemand = [
      'paperfeed-xml.js',
      'paperfeed-bibtex.js',
      'paperfeed-entities.js',
      'paperfeed-lang-de.js',
      named('virtualize-'),
      named('latex-'),
    ];
    for (const name of onDemand) assert.ok(!read(name).includes(HINT), `${name} has the hint`);
  });

  it('keeps the source maps in step with the added line', () => {
    for (const name of ['paperfeed.js', 'paperfeed.iife.js']) {
      const lines = read(name).split('\n');
      const line = lines.findIndex((text) => text.includes('new MessageChannel'));
      assert.ok(line >= 0, `${name} has no "new MessageChannel" to look up`);
      const column = lines[line].indexOf('new MessageChannel');
      const map = new SourceMapConsumer(JSON.parse(read(`${name}.map`)));
      const original = map.originalPositionFor({ line: line + 1, column });
      assert.ok(original.source, `${name}: no source at line ${line + 1}`);
      const text = map.sourceContentFor(original.source).split('\n')[original.line - 1];
      assert.match(text, /MessageChannel/, `${name} maps to ${original.source}:${original.line}`);
    }
  });
});
