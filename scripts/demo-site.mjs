// `npm start`: the demo as a site would deploy it. Vite builds every demo page (minified; the pages
// that load the library from its sources get it bundled, as a site bundles the npm package), the
// CDN files are served as built, and a small static server answers compressed (gzip or Brotli,
// as the browser asks) with the demo's subscribe endpoint at /api/subscribe. Offline.
// `node scripts/demo-site.mjs --build-only` writes the site (.demo-site/) without serving it;
// `serveDemoSite()` serves it on a free port (the benchmark's Lighthouse runs use it).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { subscribeEndpoint } from '../demo/server/subscribe-endpoint.mjs';

const root = resolve(import.meta.dirname, '..');
export const SITE = join(root, '.demo-site');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The CDN files and the feeds are the site's as they are: Vite leaves `/dist/` references alone. */
function keepBuiltFiles() {
  return {
    name: 'paperfeed-demo-keep-built-files',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/(<(?:script|link)\b[^>]*?\s(?:src|href)="\/dist\/[^"]*")/g, '$1 vite-ignore'),
    },
  };
}

export async function buildDemoSite() {
  rmSync(SITE, { recursive: true, force: true });
  const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [keepBuiltFiles()],
    build: {
      outDir: SITE,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: pages.map((page) => join(root, 'demo', page)) },
    },
  });
  cpSync(join(root, 'dist/cdn'), join(SITE, 'dist/cdn'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  cpSync(join(root, 'demo/feeds'), join(SITE, 'demo/feeds'), { recursive: true });
  cpSync(join(root, 'test/fixtures/real'), join(SITE, 'test/fixtures/real'), { recursive: true });
}

const compressed = new Map();

/** The file's bytes in the encoding the browser asks for, compressed once. */
function encoded(file, accept) {
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!encoding) return { body: readFileSync(file) };
  const key = `${encoding} ${file}`;
  if (!compressed.has(key)) {
    const bytes = readFileSync(file);
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(bytes, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

export function serveDemoSite({ port = 0, host = '127.0.0.1' } = {}) {
  const subscribe = subscribeEndpoint({ file: join(root, 'demo/.data/subscribers.jsonl') });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/') return response.writeHead(302, { Location: '/demo/' }).end();
    void subscribe(request, response, () => {
      let file = normalize(join(SITE, path));
      if (!file.startsWith(SITE)) return response.writeHead(403).end();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return response.writeHead(404).end('Not found');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const { body, encoding } = encoded(file, request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((done) =>
    server.listen(port, host, () =>
      done({ server, origin: `http://${host}:${server.address().port}` }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildDemoSite();
  if (!process.argv.includes('--build-only')) {
    const { origin } = await serveDemoSite({ port: Number(process.env.PORT ?? 5173) });
    console.log(
      `The demo, built and compressed: ${origin}/demo/  (npm run dev for Vite's dev server)`,
    );
  }
}
