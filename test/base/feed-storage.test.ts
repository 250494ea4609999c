import { expect } from '@open-wc/testing';
import { MAX_STORED_CHARS, readStoredFeed, storeFeed } from '../../src/data/storage.js';

describe('the cache-ttl storage', () => {
  const url = `/feeds/${Math.random().toString(36).slice(2)}.json`;
  afterEach(() => localStorage.removeItem(`paperfeed:v1:${new URL(url, location.href).href}`));

  it('keeps a feed under a key namespaced by package and URL', () => {
    storeFeed(url, { items: [] }, 'https://example.org/feed.json');
    const key = `paperfeed:v1:${new URL(url, location.href).href}`;
    expect(localStorage.getItem(key)).to.contain('"items":[]');
    expect(readStoredFeed(url)).to.deep.include({
      json: { items: [] },
      url: 'https://example.org/feed.json',
    });
  });

  it('does not store a feed over the size cap', () => {
    storeFeed(url, { filler: 'x'.repeat(MAX_STORED_CHARS) }, url);
    expect(readStoredFeed(url)).to.equal(undefined);
  });

  it('drops an entry that is not what it stored', () => {
    localStorage.setItem(`paperfeed:v1:${new URL(url, location.href).href}`, '{"json": 1}');
    expect(readStoredFeed(url)).to.equal(undefined);
    expect(localStorage.getItem(`paperfeed:v1:${new URL(url, location.href).href}`)).to.equal(null);
  });
});
