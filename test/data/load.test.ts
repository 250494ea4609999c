import { expect } from '@open-wc/testing';
import { clearFeedCache, FeedError, loadFeed } from '../../src/index.js';
import type { FeedBody } from '../../src/data/body.js';
import { prefetchFeed } from '../../src/data/load.js';
import { PREVIEW_AFTER_MS } from '../../src/data/preview.js';
import { rejectionOf } from '../helpers/fixtures.js';
import { waitUntil } from '../helpers/wait.js';
import { itIn } from '../helpers/engines.js';
import { requestsSeen, uniqueKey } from '../helpers/server.js';

/** A key no other test uses, so the server's request log for it starts empty. */
async function feedErrorOf(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

describe('loadFeed over HTTP', () => {
  beforeEach(() => clearFeedCache());

  it('loads a feed and resolves relative links against the URL it came from', async () => {
    const feed = await loadFeed('/http/counted?key=ok');
    expect(feed.title).to.equal('Counted feed ok');
    expect(feed.papers[1]!.url).to.equal(new URL('/http/papers/relative.html', location.href).href);
  });

  it('fetches the full list of character references only for a feed that needs it', async () => {
    const entitiesRequested = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.includes('character-entities'));
    const common = await loadFeed('/test/fixtures/json-feed/lab-1.1.json');
    expect(common.papers[0]!.summary).to.contain('layer normalization & compute\u00a0the mean');
    expect(entitiesRequested()).to.equal(false);
    const rare = await loadFeed('/test/fixtures/json-feed/rare-entities.json');
    expect(rare.papers[0]!.title).to.equal('The \u212C transform & the \u2233 bound');
    expect(rare.papers[0]!.summary).to.equal('Since \u0394 \u2265 0 \u2026');
    expect(entitiesRequested()).to.equal(true);
  });

  it('asks for JSON Feed first, with no hand-made validators', async () => {
    const key = uniqueKey();
    await loadFeed(`/http/counted?key=${key}`);
    const [request] = await requestsSeen(key);
    expect(request!.accept).to.equal('application/feed+json, application/json;q=0.9, */*;q=0.1');
    expect(request!.ifNoneMatch).to.equal(null);
  });

  it('reports 404 and 500 as http errors with the status', async () => {
    const notFound = await feedErrorOf(loadFeed('/http/status/404'));
    expect(notFound.kind).to.equal('http');
    expect(notFound.status).to.equal(404);
    expect(notFound.message).to.match(
      /^The server answered 404 Not Found for http:\/\/.+\/http\/status\/404$/,
    );

    const serverError = await feedErrorOf(loadFeed('/http/status/500'));
    expect(serverError.kind).to.equal('http');
    expect(serverError.status).to.equal(500);
  });

  it('times out a response slower than the timeout', async () => {
    const error = await feedErrorOf(loadFeed('/http/slow?ms=3000', { timeout: 200 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer in time');
  });

  it('reports a body cut off mid-way as a network error', async () => {
    const error = await feedErrorOf(loadFeed('/http/truncated'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('closed before the whole feed arrived');
  });

  it('says an HTML page came back instead of JSON, with its title', async () => {
    const error = await feedErrorOf(loadFeed('/http/html'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('got an HTML page ("Sign in \u2013 Example Lab")');
  });

  it('says when the body is not valid JSON', async () => {
    const error = await feedErrorOf(loadFeed('/http/not-json'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('is not valid JSON');
  });

  it('goes on with a prefetched request when its only caller leaves', async () => {
    const key = uniqueKey();
    const url = `/http/counted?key=${key}&ms=300`;
    prefetchFeed(url);
    const leaving = new AbortController();
    const left = loadFeed(url, { signal: leaving.signal });
    leaving.abort();
    expect(((await rejectionOf(left)) as FeedError).kind).to.equal('aborted');
    expect((await loadFeed(url)).title).to.equal(`Counted feed ${key}`);
    expect(await requestsSeen(key)).to.have.length(1);
  });

  it('fetches again, rather than keeping, an answer that could not be read', async () => {
    const key = uniqueKey();
    for (let call = 0; call < 2; call++) {
      const error = await feedErrorOf(loadFeed(`/http/not-json?key=${key}`));
      expect(error.kind).to.equal('not-json');
    }
    expect(await requestsSeen(key)).to.have.length(2);
  });

  it('accepts JSON served as text/plain', async () => {
    const feed = await loadFeed('/http/text-plain');
    expect(feed.title).to.equal('Served as text');
  });

  for (const how of ['header', 'declaration']) {
    it(`reads a feed in ISO-8859-1 named by its ${how === 'header' ? 'Content-Type' : 'XML declaration'}`, async () => {
      const feed = await loadFeed(`/http/legacy-charset?how=${how}`);
      expect(feed.title).to.equal('Análise');
      expect(feed.papers[0]!.title).to.equal('Análise de solos');
    });
  }

  it('refuses a body over the size cap, declared or streamed', async () => {
    const declared = await feedErrorOf(loadFeed('/http/large?bytes=6000000'));
    expect(declared.kind).to.equal('too-large');
    expect(declared.message).to.contain('larger than the 5.0 MB limit');

    const streamed = await feedErrorOf(
      loadFeed('/http/large?bytes=400000&chunked=1', { maxBytes: 100_000 }),
    );
    expect(streamed.kind).to.equal('too-large');
    expect(streamed.message).to.contain('larger than the 98 KB limit');
  });

  it('reports an unreachable host as a network error', async () => {
    const error = await feedErrorOf(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Could not load http://127.0.0.1:9/feed.json');
  });

  it('refuses a non-http feed URL before fetching anything', async () => {
    const error = await feedErrorOf(loadFeed('javascript:alert(1)'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('A feed URL must be http(s), got "javascript:alert(1)"');
  });

  itIn(
    ['chromium', 'firefox'],
    'WebKitGTK’s MiniBrowser keeps no HTTP cache to revalidate from',
    "leaves revalidation to the browser: a reload is answered 304 from the server's ETag",
    async () => {
      const key = uniqueKey();
      const first = await loadFeed(`/http/etag?key=${key}`);
      const second = await loadFeed(`/http/etag?key=${key}`, { reload: true });
      expect(second).to.deep.equal(first);
      expect(second.title).to.equal('Revalidated feed');
      const requests = await requestsSeen(key);
      expect(requests.map((request) => request.ifNoneMatch)).to.deep.equal([null, '"feed-v1"']);
    },
  );

  it('keeps a loaded feed for the page: a second call does not fetch again', async () => {
    const key = uniqueKey();
    await loadFeed(`/http/counted?key=${key}`);
    await loadFeed(`/http/counted?key=${key}`);
    expect(await requestsSeen(key)).to.have.length(1);
  });

  it('shares one request between concurrent callers of one URL', async () => {
    const key = uniqueKey();
    const url = `/http/counted?key=${key}&ms=200`;
    const feeds = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(url)]);
    expect(feeds.map((feed) => feed.title)).to.deep.equal(Array(3).fill(`Counted feed ${key}`));
    expect(await requestsSeen(key)).to.have.length(1);
  });

  it('lets one sharer abort without cancelling the fetch for the other', async () => {
    const key = uniqueKey();
    const url = `/http/counted?key=${key}&ms=300`;
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    const second = loadFeed(url);
    setTimeout(() => leaving.abort(), 50);
    const aborted = await feedErrorOf(first);
    expect(aborted.kind).to.equal('aborted');
    expect((await second).title).to.equal(`Counted feed ${key}`);
    expect(await requestsSeen(key)).to.have.length(1);
  });

  it('cancels the request when its only caller aborts, and a later call starts afresh', async () => {
    const key = uniqueKey();
    const url = `/http/counted?key=${key}&ms=300`;
    const controller = new AbortController();
    const pending = loadFeed(url, { signal: controller.signal });
    controller.abort();
    expect((await feedErrorOf(pending)).kind).to.equal('aborted');
    const feed = await loadFeed(url);
    expect(feed.title).to.equal(`Counted feed ${key}`);
  });
});

describe('loadFeed with a preview of a feed still arriving', () => {
  beforeEach(() => clearFeedCache());

  /** Fetches `url` for the callers to come (as the CDN module does), until its body is here. */
  async function fetchedBefore(url: string): Promise<void> {
    prefetchFeed(url);
    const arrived = () =>
      performance
        .getEntriesByType('resource')
        .some(
          (entry) =>
            entry.name.endsWith(url) && (entry as PerformanceResourceTiming).responseEnd > 0,
        );
    await waitUntil(arrived, 'the feed did not arrive');
    // Its last bytes read from the stream too.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const file = 'test/fixtures/real/json-feed-python.json';

  it('hands its first papers over once, before the whole feed', async () => {
    const key = uniqueKey();
    const shown: FeedBody[] = [];
    const feed = loadFeed(`/http/held?file=${file}&chars=5000&key=${key}`, {
      preview: { items: 2, show: (body) => void shown.push(body) },
    });
    let whole = false;
    void feed.then(() => (whole = true));
    await waitUntil(() => shown.length > 0, 'no preview');
    expect(whole).to.equal(false);
    const [body] = shown;
    expect(body?.syntax === 'json' && (body.json as { items: unknown[] }).items).to.have.length(2);
    await fetch(`/http/release?key=${key}`);
    expect((await feed).papers).to.have.length(4);
    expect(shown).to.have.length(1);
  });

  it('hands nothing over for a feed that comes at once', async () => {
    const shown: FeedBody[] = [];
    const feed = await loadFeed(`/test/fixtures/real/json-feed-python.json`, {
      preview: { items: 1, show: (body) => void shown.push(body) },
    });
    expect(feed.papers).to.have.length(4);
    // Past the time a preview would have been looked for.
    await new Promise((resolve) => setTimeout(resolve, PREVIEW_AFTER_MS * 2));
    expect(shown).to.have.length(0);
  });

  it('hands a large feed that came whole its first papers before reading it whole', async () => {
    const url = `/http/repeated?count=1500&key=${uniqueKey()}`;
    await fetchedBefore(url);
    const order: string[] = [];
    const feed = await loadFeed(url, {
      preview: {
        items: 3,
        show: async (body) => {
          order.push(
            `shown ${body.syntax === 'json' && (body.json as { items: [] }).items.length}`,
          );
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push('painted');
        },
      },
    });
    order.push('read whole');
    expect(order).to.deep.equal(['shown 3', 'painted', 'read whole']);
    expect(feed.papers).to.have.length(1500);
    expect(new Set(feed.papers.map((paper) => paper.id)).size).to.equal(1500);
  });

  it('reads a small feed that came whole at once', async () => {
    const url = `/http/repeated?count=4&key=${uniqueKey()}`;
    await fetchedBefore(url);
    const shown: FeedBody[] = [];
    await loadFeed(url, { preview: { items: 1, show: (body) => void shown.push(body) } });
    expect(shown).to.have.length(0);
  });
});
