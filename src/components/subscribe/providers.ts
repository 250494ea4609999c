// Where an address goes, and in which words: each provider's endpoint, field names and transport.
// Pure: no DOM, no Lit.

export type SubscribeProvider = 'json' | 'form' | 'native' | 'mailchimp' | 'buttondown' | 'kit';
export type SubscribeTransport = 'json' | 'form' | 'native' | 'jsonp';

import type { SubscribeFields } from '../../events/subscribe-events.js';

export type { SubscribeFields };

export interface Submission {
  transport: SubscribeTransport;
  url: string;
  /** Name/value pairs in order, for form, native and JSONP transports. */
  pairs: [string, string][];
  /** The JSON body, for the json transport. */
  json?: Record<string, unknown>;
}

function commonPairs(fields: SubscribeFields, names: { email: string; name: string }) {
  const pairs: [string, string][] = [[names.email, fields.email]];
  if (fields.name) pairs.push([names.name, fields.name]);
  if (fields.frequency) pairs.push(['frequency', fields.frequency]);
  for (const topic of fields.topics ?? []) pairs.push(['topics', topic]);
  for (const [name, value] of Object.entries(fields.extra)) pairs.push([name, value]);
  return pairs;
}

/** Mailchimp's bot trap: an empty field named after the list, `b_<u>_<id>`. */
function mailchimpTrap(action: URL): [string, string] | undefined {
  const u = action.searchParams.get('u');
  const id = action.searchParams.get('id');
  return u && id ? [`b_${u}_${id}`, ''] : undefined;
}

/**
 * The request for one provider. `transport` only matters for Mailchimp, whose `jsonp` (its
 * `post-json` endpoint) keeps the reader on the page; every other provider has one transport.
 */
export function buildSubmission(
  provider: SubscribeProvider,
  action: string,
  fields: SubscribeFields,
  transport?: SubscribeTransport,
): Submission {
  const url = new URL(action, typeof location === 'undefined' ? undefined : location.href);
  switch (provider) {
    case 'json': {
      const json: Record<string, unknown> = { email: fields.email };
      if (fields.name) json['name'] = fields.name;
      if (fields.frequency) json['frequency'] = fields.frequency;
      if (fields.topics?.length) json['topics'] = fields.topics;
      return { transport: 'json', url: url.href, pairs: [], json: { ...json, ...fields.extra } };
    }
    case 'form':
    case 'native':
      return {
        transport: provider,
        url: url.href,
        pairs: commonPairs(fields, { email: 'email', name: 'name' }),
      };
    case 'mailchimp': {
      const pairs: [string, string][] = [['EMAIL', fields.email]];
      if (fields.name) pairs.push(['FNAME', fields.name]);
      for (const [name, value] of Object.entries(fields.extra)) pairs.push([name, value]);
      const trap = mailchimpTrap(url);
      if (trap) pairs.push(trap);
      if (transport === 'jsonp') {
        url.pathname = url.pathname.replace(/\/subscribe\/post\/?$/, '/subscribe/post-json');
        return { transport: 'jsonp', url: url.href, pairs };
      }
      return { transport: 'native', url: url.href, pairs };
    }
    case 'buttondown': {
      // Buttondown's embed endpoint wants a real form post: its CAPTCHA breaks scripted submits.
      const pairs: [string, string][] = [
        ['email', fields.email],
        ['embed', '1'],
      ];
      for (const topic of fields.topics ?? []) pairs.push(['tag', topic]);
      for (const [name, value] of Object.entries(fields.extra)) pairs.push([name, value]);
      return { transport: 'native', url: url.href, pairs };
    }
    case 'kit': {
      const pairs: [string, string][] = [['email_address', fields.email]];
      if (fields.name) pairs.push(['first_name', fields.name]);
      for (const topic of fields.topics ?? []) pairs.push(['tags[]', topic]);
      for (const [name, value] of Object.entries(fields.extra)) pairs.push([name, value]);
      return { transport: 'native', url: url.href, pairs };
    }
  }
}

/** The message a JSON error body carries (`error` or `message`), if any. */
export function errorMessageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ['error', 'message', 'detail']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'object' && value !== null) {
      const nested = errorMessageOf(value);
      if (nested) return nested;
    }
  }
  return undefined;
}
