/// <reference types="vite/client" />
// Stories cannot start a server, so fetching and submitting states are shown with canned
// responses for a few story-only URLs. Tests use a real local server instead (test/server/).
import dailyPapers from '../test/fixtures/hugging-face/daily-papers.json';
import demoFeed from '../demo/feeds/daily-papers.json';

export const STORY_FEED = '/story-feeds/daily-papers.json';
export const STORY_PENDING = '/story-feeds/pending.json';
export const STORY_NOT_FOUND = '/story-feeds/missing.json';
export const STORY_DAILY = '/story-feeds/daily?date={date}';
export const STORY_PAGED = '/story-feeds/page?n=1';
/** Answers once, then fails: what a refresh that meets a 503 looks like. */
export const STORY_THEN_FAILS = '/story-feeds/then-fails';
/** A first page whose next page fails. */
export const STORY_BROKEN_NEXT = '/story-feeds/broken-next';
/** Its first five papers at once, the rest four seconds later: a feed on a slow connection. */
export const STORY_ARRIVING = '/story-feeds/arriving.json';
export const STORY_SUBSCRIBE_OK = '/story-feeds/subscribe';
export const STORY_SUBSCRIBE_SLOW = '/story-feeds/subscribe-never';
export const STORY_SUBSCRIBE_REJECTED = '/story-feeds/subscribe-rejected';

/** Real files other people published (test/fixtures/real/SOURCES.md), served by name. */
export const STORY_REAL = '/story-feeds/real/';
const realFiles = import.meta.glob<string>('../test/fixtures/real/*.{json,xml,bib}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const realFetch = window.fetch.bind(window);
let thenFailsCalls = 0;

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname.startsWith(STORY_REAL)) {
    const text = realFiles[`../test/fixtures/real/${url.pathname.slice(STORY_REAL.length)}`];
    return Promise.resolve(
      text === undefined ? new Response('Not found', { status: 404 }) : new Response(text),
    );
  }
  switch (url.pathname) {
    case STORY_FEED:
      return Promise.resolve(Response.json(dailyPapers));
    case '/story-feeds/page': {
      // Three pages of two papers; the last one's next_url leads back to the first.
      const n = Number(url.searchParams.get('n') ?? 1);
      return Promise.resolve(
        Response.json({
          version: 'https://jsonfeed.org/version/1.1',
          next_url: `page?n=${n < 3 ? n + 1 : 1}`,
          items: [1, 2].map((i) => ({ id: `p${n}-${i}`, title: `Page ${n}, paper ${i}` })),
        }),
      );
    }
    case '/story-feeds/daily': {
      // Two papers on odd days, none on even ones: enough to walk with date-nav.
      const date = url.searchParams.get('date') ?? '';
      const odd = Number(date.slice(8)) % 2 === 1;
      return Promise.resolve(Response.json(odd ? dailyPapers.slice(0, 2) : []));
    }
    case STORY_PENDING:
      return new Promise<Response>(() => undefined);
    case STORY_ARRIVING: {
      // The demo's JSON Feed, `items` last: cut after its fifth paper.
      const { items, ...head } = demoFeed;
      const text = JSON.stringify({ ...head, items });
      const firstFive = `${JSON.stringify({ ...head, items: items.slice(0, 5) }).slice(0, -2)},`;
      const bytes = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(bytes.encode(firstFive));
          setTimeout(() => {
            stream.enqueue(bytes.encode(text.slice(firstFive.length)));
            stream.close();
          }, 4000);
        },
      });
      return Promise.resolve(
        new Response(body, { headers: { 'Content-Type': 'application/json' } }),
      );
    }
    case STORY_THEN_FAILS:
      thenFailsCalls++;
      return Promise.resolve(
        thenFailsCalls === 1
          ? Response.json(dailyPapers.slice(0, 3))
          : new Response('busy', { status: 503 }),
      );
    case STORY_BROKEN_NEXT:
      return Promise.resolve(
        Response.json({
          version: 'https://jsonfeed.org/version/1.1',
          next_url: 'missing.json',
          items: [1, 2].map((i) => ({ id: `b${i}`, title: `First page, paper ${i}` })),
        }),
      );
    case STORY_SUBSCRIBE_OK:
      return Promise.resolve(Response.json({ message: 'Subscribed' }, { status: 201 }));
    case STORY_SUBSCRIBE_SLOW:
      return new Promise<Response>(() => undefined);
    case STORY_SUBSCRIBE_REJECTED:
      return Promise.resolve(
        Response.json({ error: 'This address is already subscribed.' }, { status: 409 }),
      );
    case STORY_NOT_FOUND:
      return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    default:
      return realFetch(input, init);
  }
};
