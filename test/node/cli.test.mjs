// The `paperfeed` command, run as a site's build would run it, on real files and on a local HTTP
// server (a good, a failing and a slow source). What it writes is checked with a real XML parser
// (fast-xml-parser) and read back by the library's own readers.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedText } from '../../dist/index.js';
import { DIGEST_COLORS } from '../../dist/output.js';
import { tempFolder } from '../helpers/temp-folder.mjs';

/** A date of any precision as an instant: its first day. */
const paperDay = (date) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

const BIN = new URL('../../bin/paperfeed.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/real/', import.meta.url).pathname;
const NOW = '2026-11-30T12:00:00Z';

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 20e6 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let server;
let origin;

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/broken') {
      response.writeHead(500).end('busy');
    } else if (url.pathname === '/slow') {
      setTimeout(() => {
        response.writeHead(200, { 'Content-Type': 'application/xml' });
        response.end(readFileSync(join(FIXTURES, 'rss-wiley.xml')));
      }, 2500);
    } else {
      const file = join(FIXTURES, url.pathname.slice(1));
      if (!/^\/[\w.-]+$/.test(url.pathname) || !existsSync(file))
        return response.writeHead(404).end();
      response.writeHead(200).end(readFileSync(file));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const bib = join(FIXTURES, 'lab-papers-alfolio.bib');
const common = ['--link', 'https://lab.example.org/', '--now', NOW];

describe('paperfeed convert', () => {
  for (const to of ['rss', 'atom', 'json-feed', 'csl-json', 'bibtex']) {
    it(`--to ${to}: the same papers, read back by the library`, async () => {
      const source = await parseFeedText(readFileSync(bib, 'utf8'));
      const { code, stdout, stderr } = await run(['convert', bib, '--to', to, ...common]);
      assert.equal(code, 0, stderr);
      const back = await parseFeedText(stdout);
      const wanted = to === 'bibtex' ? source.papers.filter((p) => p.published) : source.papers;
      assert.equal(back.papers.length, wanted.length);
      wanted.forEach((paper, i) => {
        const read = back.papers[i];
        assert.equal(read.title, paper.title);
        assert.deepEqual(
          read.authors.map((a) => a.name),
          paper.authors.map((a) => a.name),
        );
        if (paper.doi) assert.equal(read.doi, paper.doi, paper.title);
        // RSS and Atom carry instants; the others keep the date's own precision.
        const day = (date) =>
          date ? new Date(paperDay(date)).toISOString().slice(0, 10) : undefined;
        if (to === 'rss' || to === 'atom') assert.equal(day(read.published), day(paper.published));
        else if (to !== 'bibtex') assert.equal(read.published, paper.published);
        else assert.equal(read.published?.slice(0, 4), paper.published.slice(0, 4));
      });
    });
  }

  it('JSON Feed dates are RFC 3339 date-times, the precise date kept in _paperfeed', async () => {
    const { stdout } = await run(['convert', bib, '--to', 'json-feed', ...common]);
    for (const item of JSON.parse(stdout).items) {
      assert.match(
        item.date_published,
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
      );
      assert.ok(item.date_published.startsWith(item._paperfeed.published.slice(0, 4)));
    }
  });

  it('RSS 2.0 is well formed, with the elements the spec requires', async () => {
    const { stdout } = await run([
      'convert',
      bib,
      '--to',
      'rss',
      ...common,
      '--title',
      'Lab & friends',
    ]);
    assert.equal(XMLValidator.validate(stdout), true);
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(stdout);
    assert.equal(rss['@_version'], '2.0');
    assert.equal(rss.channel.title, 'Lab & friends');
    assert.equal(rss.channel.link, 'https://lab.example.org/');
    assert.ok(rss.channel.description);
    for (const item of rss.channel.item) {
      assert.ok(item.title || item.description, 'an item has a title or a description');
      assert.ok(new Date(item.pubDate).getTime() > 0);
      assert.ok(item['dc:creator']);
    }
  });

  it('Atom 1.0 is well formed: id, title, updated on the feed and every entry, an author', async () => {
    const { stdout } = await run(['convert', bib, '--to', 'atom', ...common]);
    assert.equal(XMLValidator.validate(stdout), true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(stdout);
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) assert.ok(feed[field], field);
    for (const entry of feed.entry) {
      for (const field of ['id', 'title', 'updated']) assert.ok(entry[field], field);
      assert.ok(!Number.isNaN(Date.parse(entry.updated)));
    }
  });

  it('--since, --top and --sort choose the papers; the output is the same for the same --now', async () => {
    const args = [
      'convert',
      join(FIXTURES, 'hf-daily-papers.json'),
      '--to',
      'json-feed',
      '--sort',
      'upvotes',
      '--top',
      '2',
      ...common,
    ];
    const first = await run(args);
    const second = await run(args);
    assert.equal(first.stdout, second.stdout);
    const items = JSON.parse(first.stdout).items;
    assert.equal(items.length, 2);
    assert.ok(items[0]._paperfeed.upvotes >= items[1]._paperfeed.upvotes);
    const none = await run([...args, '--since', '7d']);
    assert.equal(
      JSON.parse(none.stdout).items.length,
      0,
      'papers of 2024 are not in the last 7 days',
    );
  });

  it('several sources, files and URLs, merged: a paper in both is kept once', async () => {
    const file = join(FIXTURES, 'arxiv-query.atom.xml');
    const { code, stdout } = await run([
      'convert',
      file,
      `${origin}/arxiv-query.atom.xml`,
      '--to',
      'csl-json',
      ...common,
    ]);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).length, 3);
  });

  it('a failing source: exit 1, the URL named, nothing written', async () => {
    const dir = tempFolder();
    const out = join(dir, 'feed.xml');
    const { code, stderr } = await run([
      'convert',
      bib,
      `${origin}/broken`,
      '--to',
      'rss',
      ...common,
      '--out',
      out,
    ]);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`${origin}/broken: The server answered 500`));
    assert.deepEqual(readdirSync(dir), []);
  });

  it('a slow source: progress on standard error, then the feed', async () => {
    const dir = tempFolder();
    const out = join(dir, 'feed.xml');
    const { code, stderr } = await run([
      'convert',
      `${origin}/slow`,
      '--to',
      'atom',
      ...common,
      '--out',
      out,
    ]);
    assert.equal(code, 0);
    assert.match(stderr, /waiting for http:\/\/127\.0\.0\.1:\d+\/slow/);
    assert.equal(XMLValidator.validate(readFileSync(out, 'utf8')), true);
    assert.deepEqual(readdirSync(dir), ['feed.xml']);
  });

  it('mistakes of use: exit 2 and what to change', async () => {
    const cases = [
      [['convert', bib], /--to is required/],
      [['convert', bib, '--to', 'yaml'], /Unknown --to "yaml"/],
      [['convert', bib, '--to', 'rss', '--now', NOW], /--link is required for rss/],
      [['convert', bib, '--to', 'atom', '--since', 'soon', ...common], /--since takes a duration/],
      [['convert', bib, '--to', 'atom', '--format', 'yaml', ...common], /Unknown --format "yaml"/],
      [['convert', '--to', 'rss', ...common], /Name at least one source/],
      [['convert', bib, '--to', 'rss', '--colour', 'x'], /Unknown option '--colour'/],
      [['publish'], /Unknown command "publish"/],
      [[], /Usage: paperfeed <command>/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stdout + stderr, message);
    }
  });

  it('an unreadable file: exit 1 and the file named', async () => {
    const dir = tempFolder();
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><title>Home</title>');
    const missing = await run(['convert', join(dir, 'nope.bib'), '--to', 'bibtex']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.bib: no such file/);
    const html = await run(['convert', page, '--to', 'bibtex']);
    assert.equal(html.code, 1);
    assert.match(html.stderr, /page\.html: Expected a feed but got an HTML page \("Home"\)/);
  });

  it('--help for each command', async () => {
    for (const command of ['convert', 'digest']) {
      const { code, stdout } = await run([command, '--help']);
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`Usage: paperfeed ${command}`));
    }
  });
});

/** WCAG contrast of two #rrggbb colors. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('paperfeed digest', () => {
  it('an email-safe HTML digest and its plain text: linked titles, authors, votes, one-line abstracts', async () => {
    const dir = tempFolder();
    const out = join(dir, 'digest.html');
    const source = join(FIXTURES, 'hf-daily-papers.json');
    const { code, stderr } = await run([
      'digest',
      source,
      '--since',
      '3650d',
      '--top',
      '2',
      '--now',
      NOW,
      '--out',
      out,
    ]);
    assert.equal(code, 0, stderr);
    const html = readFileSync(out, 'utf8');
    const text = readFileSync(join(dir, 'digest.txt'), 'utf8');
    assert.doesNotMatch(html, /<script|<img|<link /i);
    assert.match(html, /<table role="presentation"/);
    assert.match(html, /<h1[^>]*>Trending papers, Nov 30<\/h1>/);
    const feed = await parseFeedText(readFileSync(source, 'utf8'));
    const top = [...feed.papers].sort((a, b) => b.upvotes - a.upvotes).slice(0, 2);
    for (const paper of top) {
      assert.ok(html.includes(`href="${paper.url}"`), paper.url);
      assert.ok(text.includes(paper.title), paper.title);
      assert.ok(text.includes(`▲ ${paper.upvotes}`));
    }
    assert.equal((html.match(/class="paper"/g) ?? []).length, 2);
  });

  it('its colors keep a contrast of 4.5:1 in light and in dark', () => {
    for (const palette of Object.values(DIGEST_COLORS)) {
      for (const color of [palette.text, palette.muted, palette.link]) {
        assert.ok(contrast(color, palette.background) >= 4.5, `${color} on ${palette.background}`);
      }
    }
  });
});
