import { expect } from '@open-wc/testing';
import { itemsPrefix } from '../../src/data/json-prefix.js';
import { readFixtureText } from '../helpers/fixtures.js';

const REAL_JSON_FEEDS = [
  'json-feed-python.json',
  'json-feed-hugo.json',
  'json-feed-jekyll.json',
  'json-feed-microblog.json',
  'json-feed-nextjs.json',
];

type Json = Record<string, unknown>;

/** What a prefix holding `count` items must equal: the fields before `items`, and its first items. */
function expectedPrefix(full: Json | unknown[], count: number): unknown {
  if (Array.isArray(full)) return full.slice(0, count);
  const before: Json = {};
  for (const [key, value] of Object.entries(full)) {
    if (key === 'items') return { ...before, items: (value as unknown[]).slice(0, count) };
    before[key] = value;
  }
  throw new Error('no items');
}

describe('itemsPrefix: the first papers of a JSON feed still arriving', () => {
  for (const name of [...REAL_JSON_FEEDS, 'hf-daily-papers.json']) {
    it(`reads ${name} cut at every character as its complete items so far`, async () => {
      const text = await readFixtureText(`real/${name}`);
      const full = JSON.parse(text) as Json | unknown[];
      const total = Array.isArray(full) ? full.length : (full['items'] as unknown[]).length;
      const counts = new Set<number>();
      for (let cut = 0; cut < text.length; cut++) {
        const prefix = itemsPrefix(text.slice(0, cut), Infinity);
        if (!prefix) continue;
        counts.add(prefix.items);
        expect(prefix.json, `cut at ${cut}`).to.deep.equal(expectedPrefix(full, prefix.items));
      }
      // Every count from one item to all of them shows up on the way.
      expect([...counts].sort((a, b) => a - b)).to.deep.equal(
        Array.from({ length: total }, (_, i) => i + 1),
      );
    });
  }

  it('stops at the items wanted', async () => {
    const text = await readFixtureText('real/json-feed-microblog.json');
    const prefix = itemsPrefix(text.slice(0, -20), 2);
    expect(prefix?.items).to.equal(2);
    expect((prefix?.json as { items: unknown[] }).items).to.have.length(2);
  });

  it('gives nothing once the whole list is there, or for other shapes', () => {
    const whole = '{"items": [{"title": "a"}, {"title": "b"}]';
    expect(itemsPrefix(whole, Infinity)).to.equal(undefined);
    expect(itemsPrefix(`${whole}}`, Infinity)).to.equal(undefined);
    expect(itemsPrefix('{"results": [{"title": "a"}, {"title": "b"', 1)).to.equal(undefined);
    expect(itemsPrefix('{"feed": {"items": [{"title": "a"}, {"title": "b"', 1)).to.equal(undefined);
    expect(itemsPrefix('<rss><channel><item>', 1)).to.equal(undefined);
    expect(itemsPrefix('', 1)).to.equal(undefined);
  });

  it('reads strings with escaped quotes and brackets as strings', () => {
    const text =
      '{"title": "a \\"[{\\" b", "items": [{"title": "x \\\\"}, {"title": "} ] \\" {"}, {"ti';
    const prefix = itemsPrefix(text, Infinity);
    expect(prefix?.json).to.deep.equal({
      title: 'a "[{" b',
      items: [{ title: 'x \\' }, { title: '} ] " {' }],
    });
  });
});
