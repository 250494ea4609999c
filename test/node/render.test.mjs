// `paperfeed render`, run as a site's build would run it, on real files and on a local HTTP server
// (a failing and a slow source). The prerendered HTML is checked for what a reader and a search
// engine get from it: the papers in declarative shadow DOM, the embedded feed read back by the
// library to the same papers, schema.org JSON-LD, and nothing unsafe from the feed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mergeFeeds, parseFeed, parseFeedText } from '../../dist/index.js';
import { tempFolder } from '../helpers/temp-folder.mjs';

const BIN = new URL('../../bin/paperfeed.mjs', import.meta.url).pathname;
// The demo's lab files: a mathematician's own .bib and his saved OpenAlex works (real, their
// origins in demo/feeds/lab/SOURCES.md), 11 papers in both.
const LAB = new URL('../../demo/feeds/lab/', import.meta.url).pathname;
const bib = join(LAB, 'papers.bib');
const openalex = join(LAB, 'openalex-works.json');

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 50e6 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** The contents of every `<script type=…>` of that type, parsed. */
const scripts = (html, type) =>
  [
    ...html.matchAll(
      new RegExp(`<script type="${type.replace('+', '\\+')}">([\\s\\S]*?)</script>`, 'g'),
    ),
  ].map((match) => JSON.parse(match[1]));

let server;
let origin;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/broken') return response.writeHead(503).end('busy');
    setTimeout(() => response.writeHead(200).end(readFileSync(bib)), 2500);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

describe('paperfeed render', () => {
  it('a list of a .bib and OpenAlex works: the papers prerendered, the feed embedded, JSON-LD for each', async () => {
    const { code, stdout, stderr } = await run([
      'render',
      bib,
      openalex,
      '--attr',
      'group-by=year',
      '--attr',
      'page-size=5',
      '--attr',
      'searchable',
    ]);
    assert.equal(code, 0, stderr);
    const expected = mergeFeeds([
      await parseFeedText(readFileSync(bib, 'utf8'), { format: 'bibtex' }),
      parseFeed(JSON.parse(readFileSync(openalex, 'utf8'))),
    ]);
    assert.match(
      stdout,
      /^<noscript><style>[\s\S]*?<\/style><\/noscript>\n<paperfeed-list\s+lang="en" defer-hydration group-by="year" page-size="5" searchable\b/,
    );
    assert.equal(stdout.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 1 + 5);
    const [embedded] = scripts(stdout, 'application/json');
    const papers = parseFeed(embedded, { format: 'json-feed' }).papers;
    assert.ok(
      papers.some((paper) => paper.citations > 0),
      'no citation count survived',
    );
    assert.deepEqual(
      papers.map((paper) => [
        paper.title,
        paper.authors.map((a) => a.name),
        paper.doi,
        paper.citations,
      ]),
      expected.papers.map((paper) => [
        paper.title,
        paper.authors.map((a) => a.name),
        paper.doi,
        paper.citations,
      ]),
    );
    const [ld] = scripts(stdout, 'application/ld+json');
    assert.equal(ld.length, expected.papers.length);
    for (const [i, article] of ld.entries()) {
      const paper = expected.papers[i];
      assert.equal(article['@type'], 'ScholarlyArticle');
      assert.equal(article.name, paper.title);
      assert.deepEqual(
        article.author?.map((author) => author.name) ?? [],
        paper.authors.map((a) => a.name),
      );
      if (paper.doi) {
        assert.ok(
          article.identifier.some((id) => id.propertyID === 'DOI' && id.value === paper.doi),
        );
      }
    }
  });

  it('--element card: one prerendered card a paper, each with its own embedded paper', async () => {
    const { code, stdout } = await run(['render', openalex, '--element', 'card', '--top', '3']);
    assert.equal(code, 0);
    const cards = stdout.match(/<paperfeed-card\s+lang="en" defer-hydration/g);
    assert.equal(cards.length, 3);
    const embedded = scripts(stdout, 'application/json');
    assert.deepEqual(
      embedded.map((feed) => feed.items.length),
      [1, 1, 1],
    );
    assert.equal(scripts(stdout, 'application/ld+json')[0]['@type'], 'ScholarlyArticle');
  });

  it('--lang writes the words of that language, --stylesheets links the stylesheets', async () => {
    const { stdout } = await run([
      'render',
      openalex,
      '--top',
      '2',
      '--lang',
      'fr',
      '--stylesheets',
      'https://cdn.example.org/paperfeed/',
    ]);
    assert.match(stdout, /<paperfeed-list\s+lang="fr"/);
    assert.match(stdout, /Copier la référence/);
    assert.doesNotMatch(stdout, /<style>/);
    assert.match(
      stdout,
      /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\.org\/paperfeed\/paperfeed-list\.css">/,
    );
    assert.match(stdout, /<link rel="stylesheet" href="[^"]+\/paperfeed-card\.css">/);
    assert.match(
      stdout,
      /<noscript><link rel="stylesheet" href="[^"]+\/paperfeed-noscript\.css"><\/noscript>/,
    );
  });

  it('the same sources and --now give the same HTML', async () => {
    const args = [
      'render',
      bib,
      '--since',
      '260w',
      '--now',
      '2024-01-01',
      '--attr',
      'group-by=year',
    ];
    const [first, second] = [await run(args), await run(args)];
    assert.equal(first.code, 0);
    assert.equal(first.stdout, second.stdout);
    const [embedded] = scripts(first.stdout, 'application/json');
    assert.ok(embedded.items.length > 0);
    assert.ok(embedded.items.every((item) => item.date_published >= '2019'));
  });

  it("a feed's markup and links are inert: no script, no javascript: link, no way out of the embedded JSON", async () => {
    const dir = tempFolder();
    const feed = join(dir, 'feed.json');
    writeFileSync(
      feed,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile',
        items: [
          {
            id: '1',
            title: 'Attention</script><script>alert(1)</script><img src=x onerror=alert(2)> is all',
            url: 'javascript:alert(3)',
            content_html: '<p onclick="alert(4)">Text</p><script>alert(5)</script>',
          },
        ],
      }),
    );
    const { code, stdout } = await run(['render', feed]);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /<script>alert|<img|onerror=|onclick=|javascript:/i);
    const [item] = scripts(stdout, 'application/json')[0].items;
    assert.equal(item.title, 'Attention is all');
    assert.equal(item.url, undefined);
    const shownTitle = /part="title"[^>]*>([\s\S]*?)<\/h\d>/
      .exec(stdout)[1]
      .replace(/<!--[^>]*-->/g, '');
    assert.equal(shownTitle, 'Attention is all');
  });

  it("holds no site generator's template tag, so Jekyll, Hugo or Eleventy can include it as it is", async () => {
    const dir = tempFolder();
    const feed = join(dir, 'feed.json');
    const title = 'Sets {{x}}, {%y%} and {#z#}';
    writeFileSync(
      feed,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', title, content_text: 'Liquid: {% include secrets %}' }],
      }),
    );
    const { code, stdout } = await run(['render', feed]);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /\{[{%#]/);
    assert.equal(scripts(stdout, 'application/json')[0].items[0].title, title);
    assert.equal(scripts(stdout, 'application/ld+json')[0].name, title);
    assert.match(stdout, /Sets &#123;\{x}}, &#123;%y%} and &#123;#z#}/);
  });

  it('a failing source: exit 1, the URL named, nothing written; a slow one: progress on standard error', async () => {
    const dir = tempFolder();
    const failed = await run([
      'render',
      bib,
      `${origin}/broken`,
      '--out',
      join(dir, 'papers.html'),
    ]);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, new RegExp(`${origin}/broken: The server answered 503`));
    assert.deepEqual(readdirSync(dir), []);
    const slow = await run(['render', `${origin}/slow.bib`, '--out', join(dir, 'papers.html')]);
    assert.equal(slow.code, 0, slow.stderr);
    assert.match(slow.stderr, /waiting for http:\/\/127\.0\.0\.1:\d+\/slow\.bib/);
    assert.deepEqual(readdirSync(dir), ['papers.html']);
    assert.match(readFileSync(join(dir, 'papers.html'), 'utf8'), /<paperfeed-list/);
  });

  it('mistakes of use: exit 2 and what to change', async () => {
    const cases = [
      [['render', bib, '--attr', 'grup-by=year'], /<paperfeed-list> has no attribute "grup-by"/],
      [['render', bib, '--attr', 'src=papers.bib'], /src="…" is not for a prerendered element/],
      [['render', bib, '--attr', 'lang=fr'], /lang is set by the renderer/],
      [['render', bib, '--attr', '=x'], /--attr takes name=value or a name/],
      [['render', bib, '--element', 'table'], /--element takes list or card/],
      [['render', bib, '--lang', 'french!'], /"french!" is not a language tag/],
      [
        ['render', bib, '--element', 'card', '--attr', 'group-by=year'],
        /<paperfeed-card> has no attribute "group-by"/,
      ],
      [['render'], /Name at least one source/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
    const help = await run(['render', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: paperfeed render/);
  });
});
