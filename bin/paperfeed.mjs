#!/usr/bin/env node
// The `paperfeed` command: reads any source the library reads (files or URLs, merged as a list
// merges them) and writes the papers prerendered for a static page, a feed for RSS-to-email and
// reference managers, or an email digest.
// Node 20, no browser. Exit codes: 0 done, 1 a source or the output failed, 2 a usage mistake.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  FEED_FORMATS,
  loadFeed,
  loadFullEntityTable,
  mergeFeeds,
  parseFeedText,
} from '../dist/index.js';
import { prerender } from '../dist/prerender.js';
import {
  digestHtml,
  digestText,
  OUTPUT_FORMATS,
  parseSince,
  selectPapers,
  writeFeed,
} from '../dist/output.js';

const HELP = {
  main: `Usage: paperfeed <command> [options]

Commands:
  render <source…>                  Write the papers as prerendered HTML for a static page
  convert <source…> --to <format>   Write the papers as ${OUTPUT_FORMATS.join(', ')}
  digest <source…>                  Write an email digest (HTML and plain text)

A source is a file or an http(s) URL in any format Paperfeed reads (${FEED_FORMATS.filter((f) => f !== 'auto' && f !== 'mapped').join(', ')}).
Several sources are merged: a paper in two of them is kept once.
Run "paperfeed <command> --help" for a command's options.`,
  render: `Usage: paperfeed render <source…> [options]

Writes <paperfeed-list> (or one <paperfeed-card> a paper) with its content prerendered in
declarative shadow DOM, the papers embedded for hydration and schema.org JSON-LD. Readable
with JavaScript off; load paperfeed-hydrate.js on the page to make it interactive.

  --element <name>     list (default) or card
  --attr <name=value>  An attribute of the element (repeatable): --attr group-by=day;
                       a name alone for a boolean one: --attr searchable
  --lang <tag>         The language of its words and dates (default en)
  --stylesheets <url>  Link the elements' stylesheets from this folder (where
                       paperfeed-hydrate.js is served) instead of inline <style>: needed
                       under a strict Content-Security-Policy, and much smaller HTML
  --format <format>    The sources' format (default: auto, told by content)
  --since <duration>   Only papers featured or published within it: 24h, 7d, 2w
  --top <n>            At most n papers, after sorting
  --sort <order>       published (newest first) or upvotes
  --link <url>         The site the page belongs to: a file's relative links resolve against it
  --now <date>         "Now", for --since (reproducible output)
  --out <file>         Write here (default: standard output); nothing is written on failure
  --help               This text`,
  convert: `Usage: paperfeed convert <source…> --to <format> [options]

  --to <format>        ${OUTPUT_FORMATS.join(' | ')}
  --format <format>    The sources' format (default: auto, told by content)
  --since <duration>   Only papers featured or published within it: 24h, 7d, 2w
  --top <n>            At most n papers, after sorting
  --sort <order>       published (newest first) or upvotes
  --title <text>       The feed's title (default: the first source's, or "Papers")
  --link <url>         The site the feed belongs to (RSS and Atom require one); a file's
                       relative links resolve against it
  --self <url>         Where the written feed will be served
  --now <date>         "Now", for --since and the feed's dates (reproducible output)
  --out <file>         Write here (default: standard output); nothing is written on failure
  --help               This text`,
  digest: `Usage: paperfeed digest <source…> [options]

  --since <duration>   Only papers featured or published within it (default 1d)
  --top <n>            At most n papers (default 10), by upvotes
  --title <text>       The heading (default: "Trending papers, <date>")
  --lang <tag>         The language of dates (default en)
  --format <format>    The sources' format (default: auto)
  --now <date>         "Now", for --since and the default title
  --out <file.html>    Write the HTML here and the plain text beside it (.txt);
                       without it, the HTML goes to standard output
  --text               Write the plain text instead of the HTML to standard output
  --help               This text`,
};

class UsageError extends Error {}

const OPTIONS = {
  to: { type: 'string' },
  format: { type: 'string' },
  since: { type: 'string' },
  top: { type: 'string' },
  sort: { type: 'string' },
  title: { type: 'string' },
  link: { type: 'string' },
  self: { type: 'string' },
  now: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  text: { type: 'boolean' },
  element: { type: 'string' },
  attr: { type: 'string', multiple: true },
  stylesheets: { type: 'string' },
  help: { type: 'boolean' },
};

function parse(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

function nowOf(value) {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--now takes a date like 2025-10-29, got "${value}"`);
  return date;
}

function topOf(value) {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new UsageError(`--top takes a whole number above 0, got "${value}"`);
  }
  return Number(value);
}

/** Reads every source (files and URLs side by side) into one feed; fails with the source named. */
async function readSources(sources, format, link) {
  if (sources.length === 0)
    throw new UsageError('Name at least one source: a file or an http(s) URL');
  if (format !== undefined && !FEED_FORMATS.includes(format)) {
    throw new UsageError(`Unknown --format "${format}": use ${FEED_FORMATS.join(', ')}`);
  }
  await loadFullEntityTable();
  const feeds = await Promise.all(
    sources.map(async (source) => {
      if (/^https?:\/\//i.test(source)) {
        const slow = setTimeout(
          () => process.stderr.write(`paperfeed: waiting for ${source}…\n`),
          2000,
        );
        try {
          return await loadFeed(source, { format, timeout: 30_000 });
        } catch (error) {
          throw new Error(`${source}: ${error.message}`, { cause: error });
        } finally {
          clearTimeout(slow);
        }
      }
      let text;
      try {
        text = await readFile(source, 'utf8');
      } catch (error) {
        throw new Error(`${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
          cause: error,
        });
      }
      try {
        // A file's relative links (`pdf = {paper.pdf}`) resolve against the site, --link, when
        // given; a file: address is never a link a reader can follow, so they are left out.
        const baseUrl = link ?? pathToFileURL(resolve(source)).href;
        return await parseFeedText(text, { format, baseUrl });
      } catch (error) {
        throw new Error(`${source}: ${error.message}`, { cause: error });
      }
    }),
  );
  for (const [i, feed] of feeds.entries()) {
    for (const warning of feed.warnings)
      process.stderr.write(`paperfeed: ${sources[i]}: ${warning}\n`);
  }
  return feeds.length === 1 ? feeds[0] : mergeFeeds(feeds);
}

/** Writes all of `files` or none: each goes to a temporary name first, then is renamed. */
async function writeAll(files) {
  const written = [];
  try {
    for (const [path, text] of files) {
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      await writeFile(temporary, text);
      written.push([temporary, path]);
    }
    for (const [temporary, path] of written) await rename(temporary, path);
  } catch (error) {
    await Promise.all(written.map(([temporary]) => rm(temporary, { force: true })));
    throw error;
  }
}

async function convert(values, sources) {
  if (!values.to) throw new UsageError(`--to is required: ${OUTPUT_FORMATS.join(', ')}`);
  if (!OUTPUT_FORMATS.includes(values.to)) {
    throw new UsageError(`Unknown --to "${values.to}": use ${OUTPUT_FORMATS.join(', ')}`);
  }
  const selection = selectionOf(values);
  const feed = selectPapers(await readSources(sources, values.format, values.link), selection);
  const title = values.title ?? feed.title ?? 'Papers';
  const link = values.link ?? feed.homePageUrl;
  if ((values.to === 'rss' || values.to === 'atom') && !link) {
    throw new UsageError(`--link is required for ${values.to}: the site the feed belongs to`);
  }
  const text = writeFeed(feed, values.to, {
    title,
    link: link ?? '',
    description: feed.description ?? title,
    selfUrl: values.self,
    now: selection.now,
  });
  if (values.out) await writeAll([[values.out, text]]);
  else process.stdout.write(text);
}

/** Which papers: --since, --top and --sort, checked; --now for --since. */
function selectionOf(values) {
  if (values.sort !== undefined && !['published', 'upvotes'].includes(values.sort)) {
    throw new UsageError(`--sort takes published or upvotes, got "${values.sort}"`);
  }
  if (values.since !== undefined) checkSince(values.since);
  const top = topOf(values.top);
  return {
    since: values.since,
    top,
    sort: values.sort ?? (top !== undefined ? 'published' : undefined),
    now: nowOf(values.now),
  };
}

function checkSince(value) {
  try {
    parseSince(value);
  } catch (error) {
    throw new UsageError(error.message);
  }
}

async function digest(values, sources) {
  const since = values.since ?? '1d';
  checkSince(since);
  const now = nowOf(values.now);
  const locale = values.lang ?? 'en';
  const feed = selectPapers(await readSources(sources, values.format), {
    since,
    top: topOf(values.top) ?? 10,
    sort: 'upvotes',
    now,
  });
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(now);
  const options = { title: values.title ?? `Trending papers, ${day}`, locale };
  const html = digestHtml(feed, options);
  const text = digestText(feed, options);
  if (values.out) {
    await writeAll([
      [values.out, html],
      [values.out.replace(/\.html?$/i, '') + '.txt', text],
    ]);
  } else process.stdout.write(values.text ? text : html);
}

function attributesOf(pairs = []) {
  return Object.fromEntries(
    pairs.map((pair) => {
      const match = /^([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(pair);
      if (!match) throw new UsageError(`--attr takes name=value or a name, got "${pair}"`);
      return [match[1], match[2] ?? ''];
    }),
  );
}

async function render(values, sources) {
  const element = values.element ?? 'list';
  if (!['list', 'card'].includes(element)) {
    throw new UsageError(`--element takes list or card, got "${element}"`);
  }
  const selection = selectionOf(values);
  const attributes = attributesOf(values.attr);
  const feed = selectPapers(await readSources(sources, values.format, values.link), selection);
  let html;
  try {
    html = await prerender(feed, {
      element,
      attributes,
      lang: values.lang,
      stylesheets: values.stylesheets,
    });
  } catch (error) {
    // An attribute the element does not have, or one that is not for a prerendered element.
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  if (values.out) await writeAll([[values.out, html]]);
  else process.stdout.write(html);
}

const COMMANDS = { render, convert, digest };

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command ? 0 : 2;
  }
  if (!(command in HELP) || command === 'main') {
    throw new UsageError(`Unknown command "${command}": use render, convert or digest`);
  }
  const { values, positionals } = parse(rest);
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  await COMMANDS[command](values, positionals);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`paperfeed: ${error.message}\n`);
  if (error instanceof UsageError)
    process.stderr.write('Run "paperfeed --help" for the commands.\n');
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
