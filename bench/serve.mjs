// A static file server on 127.0.0.1 for the browser benchmarks: the project's own files only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

const SLICE_BYTES = 16 * 1024;

/** Sends `text` at `bytesPerSecond`, a slice at a time, as a slow connection delivers it. */
async function sendPaced(response, text, bytesPerSecond) {
  const body = Buffer.from(text);
  const start = performance.now();
  for (let sent = 0; sent < body.length && !response.destroyed; sent += SLICE_BYTES) {
    const due = start + (sent / bytesPerSecond) * 1000;
    await new Promise((resolveSlice) =>
      setTimeout(resolveSlice, Math.max(0, due - performance.now())),
    );
    response.write(body.subarray(sent, sent + SLICE_BYTES));
  }
  response.end();
}

/**
 * `generated` maps paths to texts made by the bench itself (a 10,000-paper feed); one asked for
 * with `?bytes-per-second=` arrives at that pace.
 */
export function serve({ generated = {} } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    if (Object.hasOwn(generated, url.pathname)) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(url.pathname)] });
      const pace = Number(url.searchParams.get('bytes-per-second'));
      if (pace > 0) await sendPaced(response, generated[url.pathname], pace);
      else response.end(generated[url.pathname]);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    // `?delay=ms` answers late, as a feed on a real network does: skeletons are on screen first.
    const delay = Math.min(5000, Number(url.searchParams.get('delay')) || 0);
    if (delay) await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () =>
      resolvePromise({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
