// The real HTTP endpoints the loadFeed tests talk to, mounted on the test runner's own server
// under /http/. Each answers the way a real feed host misbehaves: errors, slowness, truncation,
// HTML login walls, oversized bodies, ETag revalidation.
import { readFile } from 'node:fs/promises';

const sampleFeed = (title = 'Sample feed') =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [
      {
        id: 'layer-norm',
        url: 'https://arxiv.org/abs/1607.06450',
        title: 'Layer Normalization',
        date_published: '2016-07-21',
      },
      {
        id: 'relative',
        url: 'papers/relative.html',
        title: 'A paper with a relative link',
      },
    ],
  });

/** Requests seen per key, so a test can ask how many reached the server and with which headers. */
const seen = new Map();

function record(key, ctx) {
  if (!key) return;
  const list = seen.get(key) ?? [];
  list.push({ ifNoneMatch: ctx.get('if-none-match') || null, accept: ctx.get('accept') || null });
  seen.set(key, list);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bodies held part-sent until a test releases them, by key. */
const held = new Map();

function json(ctx, body, type = 'application/feed+json') {
  ctx.set('Content-Type', type);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

const routes = {
  async status(ctx, code) {
    await sleep(Number(ctx.query.ms ?? 0));
    ctx.status = Number(code);
    ctx.set('Content-Type', 'application/json');
    ctx.body = JSON.stringify({ error: 'nope' });
  },
  async slow(ctx) {
    await sleep(Number(ctx.query.ms ?? 1000));
    json(ctx, sampleFeed('Slow feed'));
  },
  async counted(ctx) {
    await sleep(Number(ctx.query.ms ?? 0));
    json(ctx, sampleFeed(`Counted feed ${ctx.query.key}`));
  },
  async truncated(ctx) {
    ctx.respond = false;
    const body = sampleFeed();
    ctx.res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
    });
    ctx.res.write(body.slice(0, 40));
    await sleep(50);
    ctx.res.destroy();
  },
  async html(ctx) {
    ctx.set('Content-Type', 'text/html; charset=utf-8');
    ctx.body =
      '<!doctype html><html><head><title>Sign in &ndash; Example Lab</title></head><body><form>…</form></body></html>';
  },
  async 'text-plain'(ctx) {
    json(ctx, sampleFeed('Served as text'), 'text/plain; charset=utf-8');
  },
  async 'legacy-charset'(ctx) {
    // An RSS feed in ISO-8859-1, named by the Content-Type or only by its XML declaration.
    const header = ctx.query.how === 'header';
    const rss = `<?xml version="1.0"${header ? '' : ' encoding="ISO-8859-1"'}?>
<rss version="2.0"><channel><title>Análise</title><item><title>Análise de solos</title>
<link>https://example.org/1</link><author>José Müller</author></item></channel></rss>`;
    ctx.set('Content-Type', `application/rss+xml${header ? '; charset=ISO-8859-1' : ''}`);
    ctx.body = Buffer.from(rss, 'latin1');
  },
  async 'not-json'(ctx) {
    json(ctx, '{"version": "https://jsonfeed.org/version/1.1", "items": [', 'application/json');
  },
  async large(ctx) {
    const bytes = Number(ctx.query.bytes ?? 6 * 1024 * 1024);
    const filler = 'x'.repeat(Math.max(0, bytes - 80));
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [], filler });
    if (ctx.query.chunked === '1') {
      // No Content-Length: the cap has to be enforced while the body streams in.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      for (let i = 0; i < body.length; i += 64 * 1024) {
        if (!ctx.res.write(body.slice(i, i + 64 * 1024))) {
          await new Promise((resolve) => ctx.res.once('drain', resolve));
        }
        if (ctx.res.destroyed) return;
      }
      ctx.res.end();
      return;
    }
    json(ctx, body, 'application/json');
  },
  async growing(ctx) {
    // One more paper each time it is asked: what a refreshing list should announce.
    await sleep(Number(ctx.query.ms ?? 0));
    const count = (seen.get(ctx.query.key) ?? []).length; // this request is already counted
    json(
      ctx,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: Array.from({ length: count }, (_, i) => ({
          id: `g${i + 1}`,
          title: `Growing ${i + 1}`,
        })),
      }),
    );
  },
  async daily(ctx) {
    // Papers per day, as an API with a ?date= parameter answers; most days have none.
    const days = { '2025-10-29': 2, '2025-10-28': 1 };
    const count = days[ctx.query.date] ?? 0;
    json(
      ctx,
      JSON.stringify(
        Array.from({ length: count }, (_, i) => ({
          paper: {
            id: `2510.${ctx.query.date.slice(8)}00${i}`,
            title: `${ctx.query.date} paper ${i + 1}`,
          },
          publishedAt: `${ctx.query.date}T08:00:00.000Z`,
          title: `${ctx.query.date} paper ${i + 1}`,
        })),
      ),
      'application/json',
    );
  },
  async page(ctx) {
    // A paginated feed: page 3's next_url leads back to page 1, which must not be loaded again.
    const n = Number(ctx.query.n ?? 1);
    const next = n < 3 ? n + 1 : 1;
    json(
      ctx,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: `Page ${n}`,
        next_url: `page?n=${next}&key=${ctx.query.key}`,
        items: [1, 2].map((i) => ({ id: `p${n}-${i}`, title: `Page ${n} paper ${i}` })),
      }),
    );
  },
  async 'page-once'(ctx) {
    // A first page that works once, then fails; its next page is the second of `page`.
    if ((seen.get(ctx.query.key) ?? []).length > 1) {
      ctx.status = 503;
      ctx.body = 'busy';
      return;
    }
    json(
      ctx,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        next_url: `page?n=2&key=${ctx.query.key}-next`,
        items: [1, 2].map((i) => ({ id: `p1-${i}`, title: `Page 1 paper ${i}` })),
      }),
    );
  },
  async flaky(ctx) {
    // Fails the first time for a key, then works: what a Retry button is for.
    if ((seen.get(ctx.query.key) ?? []).length <= 1) {
      ctx.status = 503;
      ctx.body = 'busy';
      return;
    }
    json(ctx, sampleFeed('Recovered feed'));
  },
  async 'then-fail'(ctx) {
    // Works the first time for a key, then fails as ?how= says: what a refresh must survive.
    if ((seen.get(ctx.query.key) ?? []).length <= 1) return json(ctx, sampleFeed('Then fail'));
    if (ctx.query.how === 'not-json') return json(ctx, '{"items": [', 'application/json');
    if (ctx.query.how === 'slow') {
      await sleep(2000);
      return json(ctx, sampleFeed('Too late'));
    }
    if (ctx.query.how === 'drop') {
      // The connection goes away without an answer, as when the host vanishes mid-visit.
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = 503;
    ctx.body = 'busy';
  },
  async 'broken-next'(ctx) {
    // A first page whose next page the server cannot give.
    json(
      ctx,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        next_url: `status/503?key=${ctx.query.key}`,
        items: [1, 2].map((i) => ({ id: `b${i}`, title: `First page paper ${i}` })),
      }),
    );
  },
  async etag(ctx) {
    const etag = '"feed-v1"';
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.set('Content-Type', 'application/feed+json');
    ctx.body = sampleFeed('Revalidated feed');
  },
  async held(ctx) {
    // A feed file from test/fixtures sent up to `chars` characters, then the rest once the test
    // asks for /http/release with the same key (or after 10 s): a feed still on its way.
    const file = String(ctx.query.file ?? '');
    if (!/^test\/fixtures\/[\w/.-]+\.json$/.test(file) || file.includes('..')) {
      ctx.status = 400;
      return;
    }
    const text = await readFile(file, 'utf8');
    const chars = Number(ctx.query.chars ?? 0);
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': 'application/feed+json',
      'Cache-Control': 'no-store',
    });
    ctx.res.write(text.slice(0, chars));
    await new Promise((resolve) => {
      held.set(ctx.query.key, resolve);
      setTimeout(resolve, 10_000);
    });
    held.delete(ctx.query.key);
    ctx.res.end(text.slice(chars));
  },
  async repeated(ctx) {
    // A large feed made of a real one: its items repeated up to `count`, each with its own id.
    const feed = JSON.parse(await readFile('test/fixtures/real/json-feed-python.json', 'utf8'));
    const count = Number(ctx.query.count ?? 1000);
    feed.items = Array.from({ length: count }, (_, i) => {
      const item = feed.items[i % feed.items.length];
      return { ...item, id: `${item.id}#${i}` };
    });
    json(ctx, JSON.stringify(feed));
  },
  async release(ctx) {
    held.get(ctx.query.key)?.();
    json(ctx, '{}', 'application/json');
  },
  async log(ctx) {
    json(ctx, JSON.stringify(seen.get(ctx.query.key) ?? []), 'application/json');
  },
};

/** Koa middleware for @web/test-runner's dev server. */
export async function feedServer(ctx, next) {
  const match = /^\/http\/([a-z-]+)(?:\/(\d+))?$/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  if (match[1] !== 'log') record(ctx.query.key, ctx);
  await route(ctx, match[2]);
}
