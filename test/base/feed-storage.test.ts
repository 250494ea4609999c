import { expect } from '@open-wc/testing';
import { MAX_STORED_CHARS, readStoredFeed, storeFeed } from '../../src/data/storage.js';

describe('the cache-ttl storage', () => {
  const url = `/feeds/${Math.random().toString(36).slice(2)}.json`;
  const key = `paperfeed:v1:${new URL(url, location.href).href}`;
  afterEach(() => localStorage.removeItem(key));

  it('keeps a feed under a key namespaced by package and URL', () => {
    storeFeed(url, { syntax: 'json', json: { items: [] } }, 'https://example.org/feed.json');
    expect(localStorage.getItem(key)).to.contain('"items":[]');
    expect(readStoredFeed(url)).to.deep.include({
      body: { syntax: 'json', json: { items: [] } },
      url: 'https://example.org/feed.json',
    });
  });

  it('keeps the text of an XML or BibTeX source', () => {
    const body = { syntax: 'bibtex' as const, text: '@article{a, title = {A}}' };
    storeFeed(url, body, 'https://example.org/papers.bib');
    expect(readStoredFeed(url)?.body).to.deep.equal(body);
  });

  it('reads a copy stored by the version before text sources', () => {
    localStorage.setItem(
      key,
      JSON.stringify({ json: { items: [] }, url: 'https://example.org/f.json', savedAt: 1 }),
    );
    expect(readStoredFeed(url)?.body).to.deep.equal({ syntax: 'json', json: { items: [] } });
  });

  it('does not store a feed over the size cap', () => {
    storeFeed(url, { syntax: 'xml', text: 'x'.repeat(MAX_STORED_CHARS) }, url);
    expect(readStoredFeed(url)).to.equal(undefined);
  });

  it('drops an entry that is not what it stored', () => {
    localStorage.setItem(key, '{"json": 1}');
    expect(readStoredFeed(url)).to.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
  });
});
