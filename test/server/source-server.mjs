// Scholarly APIs as the tests meet them: real answers (test/fixtures/real) served page by page
// the way each API pages, so "Show more" and loadFeed follow each API's next page over HTTP.
// Only the paging fields are the server's; every item is a real one.
import { readFileSync } from 'node:fs';

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), 'utf8');
const json = (name) => JSON.parse(fixture(name));

const TYPES = {
  bib: 'application/x-bibtex; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function send(ctx, body, type, headers = {}) {
  ctx.set('Content-Type', type);
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** Requests per API, so a test can check what Paperfeed asked for (the first `cursor=*`). */
const requests = new Map();

const routes = {
  /** A real file, with the content type asked for (`?type=text/plain`) or its own. */
  file(ctx, name) {
    if (!/^[\w.-]+$/.test(name)) return;
    const extension = name.split('.').pop();
    send(ctx, fixture(name), ctx.query.type ?? TYPES[extension] ?? 'application/octet-stream');
  },
  openalex(ctx) {
    const works = [...json('openalex-works.json').results, json('openalex-work.json')];
    const { meta } = json('openalex-works.json');
    const page =
      ctx.query.cursor === '*' ? 0 : Number(/^page(\d+)$/.exec(ctx.query.cursor ?? '')?.[1]);
    if (!Number.isInteger(page))
      return send(ctx, { error: 'Invalid query parameters', message: 'cursor' }, TYPES.json);
    const next = page + 1 < works.length ? `page${page + 1}` : null;
    send(
      ctx,
      {
        meta: { ...meta, count: works.length, per_page: 1, next_cursor: next },
        results: works.slice(page, page + 1),
      },
      TYPES.json,
    );
  },
  crossref(ctx) {
    const list = json('crossref-works-list.json');
    const page = ctx.query.cursor === '*' ? 0 : Number(ctx.query.cursor?.replace('next', ''));
    // As Crossref does, a cursor is given even with the last (empty) page.
    const items = list.message.items.slice(page, page + 1);
    send(
      ctx,
      {
        ...list,
        message: { ...list.message, 'items-per-page': 1, items, 'next-cursor': `next${page + 1}` },
      },
      TYPES.json,
    );
  },
  'semantic-scholar'(ctx) {
    const { papers } = json('semantic-scholar-author-papers.json');
    const offset = Number(ctx.query.offset ?? 0);
    const limit = Number(ctx.query.limit ?? 2);
    const next = offset + limit < papers.length ? { next: offset + limit } : {};
    send(ctx, { offset, ...next, data: papers.slice(offset, offset + limit) }, TYPES.json);
  },
  arxiv(ctx) {
    const text = fixture('arxiv-query.atom.xml');
    const entries = text.match(/<entry>[\s\S]*?<\/entry>/g);
    const start = Number(ctx.query.start ?? 0);
    const perPage = Number(ctx.query.max_results ?? 1);
    const head = text
      .slice(0, text.indexOf('<entry>'))
      .replace(/<opensearch:itemsPerPage>\d+/, `<opensearch:itemsPerPage>${perPage}`)
      .replace(/<opensearch:totalResults>\d+/, `<opensearch:totalResults>${entries.length}`)
      .replace(/<opensearch:startIndex>\d+/, `<opensearch:startIndex>${start}`);
    send(
      ctx,
      `${head}${entries.slice(start, start + perPage).join('\n')}\n</feed>\n`,
      'application/atom+xml; charset=utf-8',
    );
  },
  zotero(ctx) {
    const items = json('zotero-items.json');
    const start = Number(ctx.query.start ?? 0);
    const limit = Number(ctx.query.limit ?? 10);
    const headers = { 'Total-Results': String(items.length) };
    if (start + limit < items.length) {
      headers.Link = `</api/zotero?start=${start + limit}&limit=${limit}>; rel="next", </api/zotero?start=${items.length - limit}&limit=${limit}>; rel="last"`;
    }
    send(ctx, items.slice(start, start + limit), TYPES.json, headers);
  },
  log(ctx, name) {
    send(ctx, requests.get(name) ?? [], TYPES.json);
  },
};

/** Koa middleware for @web/test-runner's dev server, under /api/. */
export async function sourceServer(ctx, next) {
  const match = /^\/api\/([a-z-]+)(?:\/([\w.-]+))?$/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  if (match[1] !== 'log') {
    const list = requests.get(match[1]) ?? [];
    list.push(ctx.querystring);
    requests.set(match[1], list);
  }
  route(ctx, match[2]);
  if (ctx.body === undefined) return next();
}
