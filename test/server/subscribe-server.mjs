// Real endpoints for the subscribe tests, on the test runner's server under /subscribe/: they
// record exactly what arrived (method, content type, raw body, query) and answer like providers.
import { join } from 'node:path';
import { subscribeEndpoint } from '../../demo/server/subscribe-endpoint.mjs';
import { tempFolder } from '../helpers/temp-folder.mjs';

const received = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readRaw(request) {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

const demoEndpoint = subscribeEndpoint({
  file: join(tempFolder(), 'subscribers.jsonl'),
  path: '/subscribe/demo-endpoint',
});

/** Koa middleware for @web/test-runner's dev server. */
export async function subscribeServer(ctx, next) {
  if (!ctx.path.startsWith('/subscribe/')) return next();
  if (ctx.path === '/subscribe/demo-endpoint') {
    ctx.respond = false;
    await demoEndpoint(ctx.req, ctx.res);
    return;
  }
  const key = ctx.query.key ?? 'none';
  if (ctx.path === '/subscribe/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = received.get(key) ?? [];
    return;
  }
  const raw = ctx.method === 'POST' ? await readRaw(ctx.req) : '';
  const log = received.get(key) ?? [];
  log.push({
    method: ctx.method,
    path: ctx.path,
    contentType: ctx.get('content-type') || null,
    body: raw,
    query: ctx.querystring,
  });
  received.set(key, log);
  await sleep(Number(ctx.query.delay ?? 0));

  if (ctx.path.endsWith('/subscribe/post-json')) {
    // Mailchimp's JSONP endpoint.
    const email = String(ctx.query.EMAIL ?? '');
    const reply = email.startsWith('taken@')
      ? {
          result: 'error',
          msg: `${email} is already subscribed to list Example Lab. <a href="https://example.us1.list-manage.com/subscribe/send-email?u=a&amp;id=b">Click here to update your profile</a>`,
        }
      : email.includes('@')
        ? { result: 'success', msg: 'Almost finished... We need to confirm your email address.' }
        : { result: 'error', msg: '0 - An email address must contain a single @.' };
    ctx.set('Content-Type', 'application/javascript');
    ctx.body = `${ctx.query.c}(${JSON.stringify(reply)})`;
    return;
  }
  if (ctx.path.startsWith('/subscribe/native')) {
    ctx.set('Content-Type', 'text/html');
    ctx.body = '<!doctype html><title>Thanks</title><p>Thanks for subscribing.</p>';
    return;
  }
  // A generic endpoint: ?status= picks the answer.
  const status = Number(ctx.query.status ?? 201);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.status = status;
  if (ctx.query.reply === 'text') ctx.body = 'Internal error';
  else if (status >= 400) ctx.body = { error: ctx.query.message ?? 'Nope' };
  else ctx.body = { message: 'ok' };
}
