// The demo's subscribe endpoint, and a reference for a self-hosted one: it accepts what
// <paperfeed-subscribe> sends (JSON, or a urlencoded form), validates and de-duplicates the
// address, stores one JSON line per subscriber, and answers like a real provider:
// 201 subscribed, 400 with a message, 409 already subscribed. CORS is open so any page can post.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The same rule as <input type="email">, so the server agrees with what the browser checks.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const MAX_BODY = 16 * 1024;

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function parse(body, contentType) {
  if (contentType.includes('application/json')) return JSON.parse(body);
  const fields = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (name in fields) fields[name] = [].concat(fields[name], value);
    else fields[name] = value;
  }
  return fields;
}

/** A Node/Connect handler for POST `path`, storing subscribers in `file` (JSON lines). */
export function subscribeEndpoint({ file, path = '/api/subscribe' }) {
  const subscribed = new Set();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) subscribed.add(JSON.parse(line).email.toLowerCase());
    }
  }

  return async (request, response, next) => {
    if (!request.url || new URL(request.url, 'http://x').pathname !== path) return next?.();
    const reply = (status, body) => {
      response.writeHead(status, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Content-Type, Accept',
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
      });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (request.method === 'OPTIONS') return reply(204);
    if (request.method !== 'POST') return reply(405, { error: 'Use POST.' });

    let fields;
    try {
      fields = parse(await readBody(request), request.headers['content-type'] ?? '');
    } catch {
      return reply(400, { error: 'The request could not be read.' });
    }
    const email = String(fields.email ?? '').trim();
    if (!EMAIL.test(email)) {
      return reply(400, { error: `"${email}" is not a valid email address.` });
    }
    if (subscribed.has(email.toLowerCase())) {
      return reply(409, { error: `${email} is already subscribed.` });
    }
    subscribed.add(email.toLowerCase());
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(
      file,
      `${JSON.stringify({ ...fields, email, subscribedAt: new Date().toISOString() })}\n`,
    );
    return reply(201, { message: 'Subscribed. Check your inbox to confirm.' });
  };
}
